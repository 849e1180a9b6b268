import type { MappedFountain } from '@pc/final-draft';
import type { ScreenplayFileFormat } from './detect.js';
import { readFadeInFile } from './fade-in.js';
import { highlandToFountain } from './highland.js';
import { readWordFile } from './word.js';

export { ScreenplayFileError, type ScreenplayFileErrorCode } from './errors.js';
export { screenplayFileFormatOf, type ScreenplayFileFormat } from './detect.js';
export { ZIP_LIMITS, isZip, listZipEntries, readZipEntries } from './zip.js';
export { readOpenScreenplay, looksLikeOpenScreenplay, MAX_OSF_CHARS } from './osf.js';
export { readFadeInFile, openScreenplayToFountain } from './fade-in.js';
export { highlandToFountain } from './highland.js';
export { readWordFile, wordDocumentToFountain } from './word.js';
export { MAX_WORD_XML_CHARS } from './docx.js';
export { typeOfStyleName } from './word-styles.js';

/** What each format's warnings name as the place in the user's file (see `placeWarnings` in @pc/final-draft). */
export const APPLICATION: Record<ScreenplayFileFormat, string> = { fadein: 'Fade In', highland: 'Highland', docx: 'Word' };

/** A screenplay file as Fountain: `places` maps Fountain lines back to the file's paragraphs (empty for Highland, whose text is Fountain). */
export type ScreenplayFileConversion = MappedFountain;

/**
 * Converts a Fade In, Highland or Word file to Fountain for the screenplay import.
 *
 * @throws ScreenplayFileError with a code saying why the file is refused.
 * @example
 * convertScreenplayFile('docx', bytes).fountain // 'Title: THE FERRY\n\nINT. DOCK - NIGHT\n\n…'
 */
export const convertScreenplayFile = (format: ScreenplayFileFormat, source: Uint8Array | string): ScreenplayFileConversion => {
  if (format === 'fadein') return readFadeInFile(source);
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  if (format === 'highland') return { fountain: highlandToFountain(bytes), places: [], shotLines: [] };
  return readWordFile(bytes);
};
