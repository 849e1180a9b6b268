/*
 * Small text and number formatting shared by the functions. Everything here is
 * locale-free on purpose: toLocaleString or Intl would make output bytes depend on the
 * machine.
 */

/** A number with at most `digits` decimals, trailing zeros dropped, never "-0". */
export const num = (value: number, digits = 2): string => {
  const text = value.toFixed(digits);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
};

/** Collapses runs of whitespace to one space and trims. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Trims and removes trailing sentence punctuation, so clauses can be joined predictably. */
export const clause = (text: string): string => collapse(text).replace(/[\s.,;:]+$/, '');

/** Joins clauses into one sentence: capitalised, comma-separated, ending with a full stop. */
export const sentence = (clauses: readonly string[]): string => {
  const parts = clauses.map(clause).filter((part) => part !== '');
  if (parts.length === 0) return '';
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

// Japanese and Chinese are written without spaces between words; a word there is about two characters.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/** Words in a text, as a script timing rule counts them: a run of Han or kana counts a word for each two characters. */
export const countWords = (text: string): number => {
  let unspaced = 0;
  const rest = text.replace(UNSPACED, (run) => {
    unspaced += Math.ceil([...run].length / 2);
    return ' ';
  });
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return unspaced + (words ? words.length : 0);
};

// East Asian wide characters take two columns of a monospaced page: Hangul, Han, kana, CJK punctuation, full-width forms.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Columns a line takes on a monospaced page. */
export const displayWidth = (line: string): number => {
  let width = 0;
  for (const char of line) width += WIDE.test(char) ? 2 : 1;
  return width;
};

/** Lowercases text written entirely in capitals ("KITCHEN" → "kitchen"); keeps mixed case. */
export const softenCaps = (text: string): string => (text === text.toUpperCase() ? text.toLowerCase() : text);

/** "m:ss" for a duration in milliseconds, rounded to the second. */
export const formatClock = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** "1 scene", "3 scenes". */
export const plural = (count: number, noun: string, nouns = `${noun}s`): string => `${count} ${count === 1 ? noun : nouns}`;

/** `text` matched literally inside a RegExp: "MR. O'NEIL" finds the dot, not any character. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
