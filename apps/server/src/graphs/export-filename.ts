/**
 * The download name of an exported graph: `<slug>.pcanvas.json`. The slug is ASCII
 * (accents folded, everything else a dash) so it survives every file system and the
 * plain `filename=` parameter; the `.pcanvas.json` suffix says what opens it.
 */
export function exportFilename(graphName: string): string {
  const slug = graphName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'graph'}.pcanvas.json`;
}

/** `Content-Disposition` for a download of `filename` (ASCII by construction). */
export const attachment = (filename: string): string => `attachment; filename="${filename}"`;
