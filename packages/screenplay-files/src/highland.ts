import { ScreenplayFileError } from './errors.js';
import { entryText, readZipEntries } from './zip.js';

// A textbundle's text: `text.fountain` (Highland 2), `text.md` or `text.markdown` (the textbundle default), at the
// archive's root or one folder down (`Pilot.textbundle/text.fountain`).
const TEXT_ENTRY = /^(?:[^/]+\/)?text\.(fountain|md|markdown|txt)$/i;
const PREFERENCE = ['fountain', 'md', 'markdown', 'txt'];

/** The entry holding a Highland file's Fountain, among an archive's names; undefined when it has none. */
export const highlandTextEntry = (names: readonly string[]): string | undefined =>
  names
    .filter((name) => TEXT_ENTRY.test(name))
    .sort((a, b) => PREFERENCE.indexOf(TEXT_ENTRY.exec(a)![1]!.toLowerCase()) - PREFERENCE.indexOf(TEXT_ENTRY.exec(b)![1]!.toLowerCase()))[0];

/**
 * The Fountain inside a Highland 2 file (`.highland`: a zipped textbundle, `text.fountain`
 * or `text.md` beside `info.json` and `assets/`). Highland writes Fountain as it is, so it is
 * imported as written: warnings' line numbers are lines of the text Highland shows.
 *
 * @throws ScreenplayFileError when the zip is refused or holds no textbundle text.
 */
export const highlandToFountain = (bytes: Uint8Array): string => {
  const entries = readZipEntries(bytes, (name) => TEXT_ENTRY.test(name));
  const name = highlandTextEntry([...entries.keys()]);
  if (name === undefined) throw new ScreenplayFileError('not_highland', 'The zip archive is not a Highland file: it has no text.fountain or text.md (a textbundle’s text).');
  return entryText(entries.get(name)!);
};
