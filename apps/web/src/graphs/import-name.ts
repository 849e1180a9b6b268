/** "the-letter_act-ii.pcanvas.json" → "the letter act ii": a name until the user renames it. */
export const nameFromFile = (fileName: string): string =>
  fileName
    .replace(/(\.pcanvas)?\.json$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .slice(0, 200) || 'Imported graph';
