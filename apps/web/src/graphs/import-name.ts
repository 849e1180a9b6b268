import { looksLikeFinalDraft } from '@pc/final-draft/detect';

/** What `POST /graphs/import` is told a source is. */
export type ImportFormat = 'json' | 'fountain' | 'fdx' | 'pdf';

/**
 * The import format of a file or a paste, by its content first: a Final Draft file is XML
 * whatever its name (`.fdx`, or a `.txt` a mail client renamed), GraphJSON an object; then
 * `.json` by name; everything else is read as a Fountain screenplay. (A PDF is told by its
 * bytes, before it is read as text: see pdf-file.ts.)
 */
export const importFormatOf = (fileName: string, source = ''): Exclude<ImportFormat, 'pdf'> => {
  if (looksLikeFinalDraft(source)) return 'fdx';
  return /^\uFEFF?\s*\{/.test(source) || /\.json$/i.test(fileName) ? 'json' : 'fountain';
};

/** Files the Import button offers: GraphJSON and screenplays (Fountain as `.fountain`, `.spmd` or plain text; Final Draft `.fdx`; PDF). */
export const IMPORT_ACCEPT = '.json,application/json,.fountain,.spmd,.txt,text/plain,.fdx,.pdf,application/pdf';

/** Screenplay files a file chooser offers (the paste form, the re-import): Fountain (`.fountain`, `.spmd`, plain text), Final Draft and PDF. */
export const SCREENPLAY_FILES = '.fountain,.spmd,.txt,text/plain,.fdx,.pdf,application/pdf';

/** "the-letter_act-ii.pcanvas.json" → "the letter act ii": a name until the user renames it. */
export const nameFromFile = (fileName: string): string =>
  fileName
    .replace(/(\.pcanvas|\.project)?\.json$|\.(fountain|spmd|txt|fdx|pdf)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .slice(0, 200) || 'Imported graph';

// What names itself: a screenplay's title page (Fountain's `Title:`, a Final Draft title page
// with text), a Project JSON export (canonical JSON, so `format` is its first key).
const NAMED_SOURCE: Record<Exclude<ImportFormat, 'pdf'>, RegExp> = {
  fountain: /^\uFEFF?\s*title\s*:/i,
  fdx: /<TitlePage[\s>][\s\S]*?<Text\b[^>]*>\s*[^<\s]/,
  json: /^\uFEFF?\s*\{\s*"format"\s*:\s*"pcanvas-project"/,
};

/**
 * The name to send with an import: none for a screenplay with a title page or a Project
 * JSON export, so the server takes the name they carry; else one from the file name.
 */
export const importName = (fileName: string, format: Exclude<ImportFormat, 'pdf'>, source: string): string | undefined =>
  NAMED_SOURCE[format].test(source) ? undefined : nameFromFile(fileName);
