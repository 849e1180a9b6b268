import { looksLikeFinalDraft } from '@pc/final-draft/detect';

/** What `POST /graphs/import` is told a binary screenplay file is (its bytes sent as base64). */
export type BinaryScreenplayFormat = 'pdf' | 'fadein' | 'highland' | 'docx';

/** What `POST /graphs/import` is told a source is. */
export type ImportFormat = 'json' | 'fountain' | 'fdx' | BinaryScreenplayFormat;
/** The formats read as text, told apart by {@link importFormatOf}. */
export type TextImportFormat = Exclude<ImportFormat, BinaryScreenplayFormat>;

/**
 * The import format of a file or a paste, by its content first: a Final Draft file is XML
 * whatever its name (`.fdx`, or a `.txt` a mail client renamed), GraphJSON an object; then
 * `.json` by name; everything else is read as a Fountain screenplay. (A PDF, Fade In, Highland
 * or Word file is told by its bytes, before it is read as text: see screenplay-binary-file.ts.)
 */
export const importFormatOf = (fileName: string, source = ''): TextImportFormat => {
  if (looksLikeFinalDraft(source)) return 'fdx';
  return /^\uFEFF?\s*\{/.test(source) || /\.json$/i.test(fileName) ? 'json' : 'fountain';
};

/** Binary screenplay files: PDF, Fade In (`.fadein`, its `.osf` XML), Highland, Word. */
const BINARY_SCREENPLAY_FILES = '.pdf,application/pdf,.fadein,.osf,.highland,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Files the Import button offers: GraphJSON and screenplays (Fountain as `.fountain`, `.spmd` or plain text; Final Draft `.fdx`; the binary ones). */
export const IMPORT_ACCEPT = `.json,application/json,.fountain,.spmd,.txt,text/plain,.fdx,${BINARY_SCREENPLAY_FILES}`;

/** Screenplay files a file chooser offers (the paste form, the re-import): Fountain (`.fountain`, `.spmd`, plain text), Final Draft and the binary ones. */
export const SCREENPLAY_FILES = `.fountain,.spmd,.txt,text/plain,.fdx,${BINARY_SCREENPLAY_FILES}`;

/** "the-letter_act-ii.pcanvas.json" → "the letter act ii": a name until the user renames it. */
export const nameFromFile = (fileName: string): string =>
  fileName
    .replace(/(\.pcanvas|\.project)?\.json$|\.(fountain|spmd|txt|fdx|pdf|fadein|osf|highland|docx)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
    .slice(0, 200) || 'Imported graph';

// What names itself: a screenplay's title page (Fountain's `Title:`, a Final Draft title page
// with text), a Project JSON export (canonical JSON, so `format` is its first key).
const NAMED_SOURCE: Record<TextImportFormat, RegExp> = {
  fountain: /^\uFEFF?\s*title\s*:/i,
  fdx: /<TitlePage[\s>][\s\S]*?<Text\b[^>]*>\s*[^<\s]/,
  json: /^\uFEFF?\s*\{\s*"format"\s*:\s*"pcanvas-project"/,
};

/**
 * The name to send with an import: none for a screenplay with a title page or a Project
 * JSON export, so the server takes the name they carry; else one from the file name.
 */
export const importName = (fileName: string, format: TextImportFormat, source: string): string | undefined =>
  NAMED_SOURCE[format].test(source) ? undefined : nameFromFile(fileName);
