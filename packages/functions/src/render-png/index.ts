/*
 * SVG → PNG for the functions' artifacts, kept apart from the pure functions because it
 * loads a native module and font files: Node only. Safe to import in a worker thread
 * (each thread loads the renderer and the fonts once).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontDirectory = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * The only fonts the renderer sees: the families the SVGs name (DejaVu Sans and DejaVu
 * Sans Mono), shipped by the `dejavu-fonts-ttf` package. System fonts are never loaded,
 * so PNG bytes are the same on every machine with the same package versions.
 */
export const RENDER_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf'].map(
  (file) => join(fontDirectory, file),
);

/**
 * Rasterises an SVG document at its own size to PNG bytes, with the bundled fonts only.
 * Deterministic for a given SVG, resvg version and font files.
 *
 * @example
 * const png = await renderPng(frameSvg); // pass as FunctionContext.renderPng
 * @remarks Synchronous work inside (tens of milliseconds for a storyboard frame): run it in
 * a worker thread when many frames render at once.
 */
export const renderPng = async (svg: string): Promise<Uint8Array> => {
  const resvg = new Resvg(svg, {
    font: { fontFiles: RENDER_FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
};
