import { looksLikeFinalDraft } from '@pc/final-draft/detect';

/** What `POST /graphs/import` is told a source is. */
export type ImportFormat = 'json' | 'fountain' | 'fdx';

/**
 * The import format of a file or a paste, by its content first: a Final Draft file is XML
 * whatever its name (`.fdx`, or a `.txt` a mail client renamed), GraphJSON an object; then
 * `.json` by name; everything else is read as a Fountain screenplay.
 */
export const importFormatOf = (fileName: string, source = ''): ImportFormat => {
  if (looksLikeFinalDraft(source)) return 'fdx';
  return /^\uFEFF?\s*\{/.test(source) || /\.json$/i.test(fileName) ? 'json' : 'fountain';
};

/** Files the Import button offers: GraphJSON and screenplays (Fountain as `.fountain`, `.spmd` or plain text; Final Draft `.fdx`). */
export const IMPORT_ACCEPT = '.json,application/json,.fountain,.spmd,.txt,text/plain,.fdx';

/** Screenplay files a file chooser offers (the paste form, the re-import): Fountain (`.fountain`, `.spmd`, plain text) and Final Draft. */
export const SCREENPLAY_FILES = '.fountain,.spmd,.txt,text/plain,.fdx';

/** "the-letter_act-ii.pcanvas.json" → "the letter act ii": a name until the user renames it. */
export const nameFromFile = (fileName: string): string =>
  fileName
    .replace(/(\.pcanvas|\.project)?\.json$|\.(fountain|spmd|txt|fdx)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .slice(0, 200) || 'Imported graph';

// What names itself: a screenplay's title page (Fountain's `Title:`, a Final Draft title page
// with text), a Project JSON export (canonical JSON, so `format` is its first key).
const NAMED_SOURCE: Record<ImportFormat, RegExp> = {
  fountain: /^\uFEFF?\s*title\s*:/i,
  fdx: /<TitlePage[\s>][\s\S]*?<Text\b[^>]*>\s*[^<\s]/,
  json: /^\uFEFF?\s*\{\s*"format"\s*:\s*"pcanvas-project"/,
};

/**
 * The name to send with an import: none for a screenplay with a title page or a Project
 * JSON export, so the server takes the name they carry; else one from the file name.
 */
export const importName = (fileName: string, format: ImportFormat, source: string): string | undefined =>
  NAMED_SOURCE[format].test(source) ? undefined : nameFromFile(fileName);
