import type { ShotList } from '@pc/functions';
import type { ShotFrame } from '../frames.js';
import { fitText, num, textOp, writePdf, type PdfImage, type PdfPage } from './pdf-writer.js';
import { pngToPdfImage } from './png-image.js';
import { svgToPdf } from './svg-to-pdf.js';

/** A4 landscape in points. */
export const PAGE = { width: 842, height: 595, margin: 36 } as const;
const COLUMNS = 3;
const ROWS = 2;

/** The page footer: title on the left, "Page n of m" on the right. */
export const footer = (title: string, page: number, pages: number): string =>
  textOp(fitText(title, 500, 8), PAGE.margin, 18, 8, false, 0.4) + textOp(`Page ${page} of ${pages}`, PAGE.width - PAGE.margin - 60, 18, 8, false, 0.4);

/**
 * The storyboard: six panels a page (three across, two down) in shot-list order, each its
 * frame (the PNG take, else the vector SVG frame) with the scene and shot, size, angle,
 * lens, duration and description under it.
 */
export const storyboardPdf = (list: ShotList, frames: readonly ShotFrame[], title: string): Uint8Array => {
  const byShot = new Map(frames.map((frame) => [frame.shotId, frame]));
  const perPage = COLUMNS * ROWS;
  const pageCount = Math.max(1, Math.ceil(list.rows.length / perPage));
  const cellWidth = (PAGE.width - 2 * PAGE.margin - (COLUMNS - 1) * 18) / COLUMNS;
  const cellHeight = (PAGE.height - 2 * PAGE.margin - 30 - (ROWS - 1) * 18) / ROWS;
  const frameHeight = cellHeight - 44;
  const pages: PdfPage[] = [];
  for (let p = 0; p < pageCount; p++) {
    let content = textOp(fitText(title, 600, 16), PAGE.margin, PAGE.height - PAGE.margin - 10, 16, true);
    const images: PdfImage[] = [];
    list.rows.slice(p * perPage, (p + 1) * perPage).forEach((row, index) => {
      const x = PAGE.margin + (index % COLUMNS) * (cellWidth + 18);
      const top = PAGE.height - PAGE.margin - 30 - Math.floor(index / COLUMNS) * (cellHeight + 18);
      const box = { x, y: top - frameHeight, width: cellWidth, height: frameHeight };
      const frame = byShot.get(row.shotId);
      const image = frame?.png ? pngToPdfImage(frame.png) : null;
      if (image) {
        const scale = Math.min(box.width / image.width, box.height / image.height);
        const [w, h] = [image.width * scale, image.height * scale];
        content += `q ${num(w)} 0 0 ${num(h)} ${num(box.x + (box.width - w) / 2)} ${num(box.y + (box.height - h) / 2)} cm /Im${images.length} Do Q\n`;
        images.push(image);
      } else if (frame?.svg) content += svgToPdf(frame.svg, box);
      else content += `q 0.85 G 0.5 w ${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)} re S Q\n` + textOp('No frame yet', box.x + 8, box.y + box.height / 2, 9, false, 0.5);
      const label = `SC ${row.sceneNumber || '—'}  SH ${row.shotNumber || '—'}  ·  ${row.shotSize} ${row.angle} ${row.lensMm}mm  ·  ${row.durationS}s`;
      content += textOp(fitText(label, cellWidth, 10, true), x, box.y - 14, 10, true);
      content += textOp(fitText(row.description, cellWidth, 9), x, box.y - 28, 9);
      content += textOp(fitText(row.dialogue.join(' / '), cellWidth, 8), x, box.y - 40, 8, false, 0.35);
    });
    pages.push({ width: PAGE.width, height: PAGE.height, content: content + footer(title, p + 1, pageCount), images });
  }
  return writePdf(pages);
};
