/** The import format a file is read as: GraphJSON for `.json`, else a Fountain screenplay. */
export const importFormatOf = (fileName: string): 'json' | 'fountain' => (/\.json$/i.test(fileName) ? 'json' : 'fountain');

/** Files the Import button offers: GraphJSON and screenplays (Fountain, as `.fountain`, `.spmd` or plain text). */
export const IMPORT_ACCEPT = '.json,application/json,.fountain,.spmd,.txt,text/plain';

/** "the-letter_act-ii.pcanvas.json" → "the letter act ii": a name until the user renames it. */
export const nameFromFile = (fileName: string): string =>
  fileName
    .replace(/(\.pcanvas|\.project)?\.json$|\.(fountain|spmd|txt)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .slice(0, 200) || 'Imported graph';

// What names itself: a screenplay's title page, a Project JSON export (canonical JSON, so
// `format` is its first key).
const NAMED_SOURCE = { fountain: /^\uFEFF?\s*title\s*:/i, json: /^\uFEFF?\s*\{\s*"format"\s*:\s*"pcanvas-project"/ } as const;

/**
 * The name to send with an import: none for a screenplay with a title page or a Project
 * JSON export, so the server takes the name they carry; else one from the file name.
 */
export const importName = (fileName: string, format: 'json' | 'fountain', source: string): string | undefined =>
  NAMED_SOURCE[format].test(source) ? undefined : nameFromFile(fileName);
