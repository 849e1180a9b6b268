import { ScreenplayFileError } from './errors.js';
import { highlandTextEntry } from './highland.js';
import { looksLikeOpenScreenplay } from './osf.js';
import { entryText, isZip, listZipEntries } from './zip.js';

/** The screenplay files this package reads. */
export type ScreenplayFileFormat = 'fadein' | 'highland' | 'docx';

/**
 * The format of a file by its content, never its name: a zip holding `word/document.xml` is
 * Word, one holding `document.xml` Fade In, one holding a textbundle's `text.fountain`/`text.md`
 * Highland; Open Screenplay Format XML as text is Fade In. Undefined for anything else
 * (a zip this package does not read included). Only the zip's directory is read.
 */
export const screenplayFileFormatOf = (bytes: Uint8Array): ScreenplayFileFormat | undefined => {
  if (!isZip(bytes)) return looksLikeOpenScreenplay(entryText(bytes.subarray(0, 4096))) ? 'fadein' : undefined;
  let names: string[];
  try {
    names = listZipEntries(bytes);
  } catch (error) {
    if (error instanceof ScreenplayFileError) return undefined;
    throw error;
  }
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('document.xml')) return 'fadein';
  return highlandTextEntry(names) === undefined ? undefined : 'highland';
};
