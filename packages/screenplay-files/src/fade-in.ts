import { writeMappedFountain, type MappedFountain } from '@pc/final-draft';
import { ScreenplayFileError } from './errors.js';
import { readOpenScreenplay } from './osf.js';
import { entryText, isZip, readZipEntries } from './zip.js';

const DOCUMENT = 'document.xml';

/** Open Screenplay Format XML as Fountain, each block mapped to its `<para>`. */
export const openScreenplayToFountain = (xml: string): MappedFountain => {
  const { script, titlePage } = readOpenScreenplay(xml);
  return writeMappedFountain(script, titlePage);
};

/**
 * Reads a Fade In file: the `.fadein` zip (its `document.xml`) or the Open Screenplay Format
 * XML itself (`.osf`, or the text of `document.xml`).
 *
 * @throws ScreenplayFileError when the zip or XML is refused or is not Open Screenplay Format.
 */
export const readFadeInFile = (source: Uint8Array | string): MappedFountain => {
  if (typeof source === 'string') return openScreenplayToFountain(source);
  if (!isZip(source)) return openScreenplayToFountain(entryText(source));
  const document = readZipEntries(source, (name) => name === DOCUMENT).get(DOCUMENT);
  if (!document) throw new ScreenplayFileError('not_fade_in', 'The zip archive is not a Fade In file: it has no document.xml.');
  return openScreenplayToFountain(entryText(document));
};
