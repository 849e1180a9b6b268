const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with every lone surrogate replaced by U+FFFD. Yjs encodes strings as UTF-8, where
 * a lone surrogate cannot exist: peers would decode U+FFFD while the writer kept the
 * surrogate, and the documents would differ forever. (Cutting "😀" in half in a text field
 * is enough to produce one.)
 */
export const toWellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

/** A fresh, well-formed copy of a JSON value: Yjs stores values by reference, callers keep theirs. */
export const toStoredJson = (value: unknown): unknown => {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) return value.map(toStoredJson);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [toWellFormed(key), toStoredJson(member)]));
  }
  return value;
};
