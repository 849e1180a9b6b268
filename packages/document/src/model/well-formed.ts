import { sameJsonValue } from '@pc/graph';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with every lone surrogate replaced by U+FFFD. Yjs encodes strings as UTF-8, where
 * a lone surrogate cannot exist: peers would decode U+FFFD while the writer kept the
 * surrogate, and the documents would differ forever. (Cutting "😀" in half in a text field
 * is enough to produce one.)
 */
export const toWellFormed = (text: string): string => (isWellFormed(text) ? text : text.replace(LONE_SURROGATE, '\uFFFD'));

const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/**
 * Whether `text` has no lone surrogate: native `isWellFormed` (ES2024, no regex scan), the
 * regex in browsers older than it (this module runs in the web app too).
 */
export const isWellFormed = (text: string): boolean =>
  nativeIsWellFormed ? nativeIsWellFormed.call(text) : !new RegExp(LONE_SURROGATE.source).test(text);

/** Whether every string of a JSON value, keys included, is well-formed (`toStoredJson` would keep it). */
const isWellFormedJson = (value: unknown): boolean => {
  if (typeof value === 'string') return isWellFormed(value);
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(isWellFormedJson);
  for (const key in value) {
    if (Object.hasOwn(value, key) && !(isWellFormed(key) && isWellFormedJson((value as Record<string, unknown>)[key]))) return false;
  }
  return true;
};

/**
 * Whether `input` would be stored as exactly `stored`: deep JSON equality where `input` is
 * already well-formed, so `toStoredJson(input)` would change nothing. Without copying or
 * serialising either side: a REST write compares every field of every node, and that was
 * most of its diff.
 */
export const storesAs = (stored: unknown, input: unknown): boolean => sameJsonValue(stored, input) && isWellFormedJson(input);

/** A fresh, well-formed copy of a JSON value: Yjs stores values by reference, callers keep theirs. */
export const toStoredJson = (value: unknown): unknown => {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) return value.map(toStoredJson);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [toWellFormed(key), toStoredJson(member)]));
  }
  return value;
};
