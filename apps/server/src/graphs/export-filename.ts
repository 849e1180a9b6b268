import { fileSlug } from '@pc/exports';

/**
 * The download name of an exported graph: `<slug>.pcanvas.json`. The slug is ASCII
 * (accents folded, everything else a dash) so it survives every file system and the
 * plain `filename=` parameter; the `.pcanvas.json` suffix says what opens it.
 */
export function exportFilename(graphName: string): string {
  return `${fileSlug(graphName) || 'graph'}.pcanvas.json`;
}

/** `Content-Disposition` for a download of `filename` (ASCII by construction). */
export const attachment = (filename: string): string => `attachment; filename="${filename}"`;
