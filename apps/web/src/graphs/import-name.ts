/** The import format a file is read as: GraphJSON for `.json`, else a Fountain screenplay. */
export const importFormatOf = (fileName: string): 'json' | 'fountain' => (/\.json$/i.test(fileName) ? 'json' : 'fountain');

/** Files the Import button offers: GraphJSON and screenplays (Fountain, as `.fountain`, `.spmd` or plain text). */
export const IMPORT_ACCEPT = '.json,application/json,.fountain,.spmd,.txt,text/plain';

/** "the-letter_act-ii.pcanvas.json" → "the letter act ii": a name until the user renames it. */
export const nameFromFile = (fileName: string): string =>
  fileName
    .replace(/(\.pcanvas)?\.json$|\.(fountain|spmd|txt)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .slice(0, 200) || 'Imported graph';

/**
 * The name to send with an import: none for a screenplay with a title page, so the server
 * names the graph after its Title; else one from the file name.
 */
export const importName = (fileName: string, format: 'json' | 'fountain', source: string): string | undefined =>
  format === 'fountain' && /^\uFEFF?\s*title\s*:/i.test(source) ? undefined : nameFromFile(fileName);
