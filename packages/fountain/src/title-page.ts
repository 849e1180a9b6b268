import type { SourceLine } from './source-lines.js';
import type { TitlePageField } from './types.js';

// The first line must use a standard key, so a script opening with "CUT TO:" or
// "Note: …" action is not mistaken for a title page; later lines may use any key. An app's own key
// first ("Format: Screenplay", then "Title: …") opens one too when the block holds a standard key.
const STANDARD_KEYS = new Set([
  'title', 'credit', 'author', 'authors', 'source', 'draft date', 'date', 'contact', 'copyright', 'notes', 'revision',
]);
const KEY_LINE = /^([^\s:][^:]*):(.*)$/;

const isStandardKey = (key: RegExpExecArray | null): boolean => key !== null && STANDARD_KEYS.has(key[1]!.trim().toLowerCase());

/** Whether a line of `Key: value` lines from `from` on, up to the first blank line, uses a standard key. */
const blockHasStandardKey = (lines: readonly SourceLine[], from: number): boolean => {
  for (let index = from; index < lines.length; index += 1) {
    const { text, noteOnly } = lines[index]!;
    if (noteOnly || /^\s/.test(text)) continue;
    if (text.trim() === '') return false;
    const key = KEY_LINE.exec(text);
    if (!key) return false;
    if (isStandardKey(key)) return true;
  }
  return false;
};

/**
 * Reads the title page: `Key: value` lines at the start, values continued on indented
 * lines, ended by the first blank line.
 *
 * @returns the fields and the index of the first body line.
 */
export const readTitlePage = (lines: readonly SourceLine[]): { fields: TitlePageField[]; bodyStart: number } => {
  let index = 0;
  while (index < lines.length && lines[index]?.text.trim() === '' && !lines[index]?.noteOnly) index += 1;
  const first = lines[index] ? KEY_LINE.exec(lines[index]!.text) : null;
  if (!first || !(isStandardKey(first) || blockHasStandardKey(lines, index + 1))) return { fields: [], bodyStart: 0 };

  const fields: TitlePageField[] = [];
  for (; index < lines.length; index += 1) {
    const { text, noteOnly } = lines[index]!;
    if (noteOnly) continue;
    if (text.trim() === '') break;
    const key = /^\s/.test(text) ? null : KEY_LINE.exec(text);
    if (key) {
      fields.push({ key: key[1]!.trim(), value: key[2]!.trim() });
    } else if (fields.length > 0) {
      const last = fields[fields.length - 1]!;
      last.value = last.value === '' ? text.trim() : `${last.value}\n${text.trim()}`;
    }
  }
  return { fields, bodyStart: index };
};
