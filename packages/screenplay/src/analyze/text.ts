import { normalizeSource } from '@pc/fountain';

/** Whitespace runs collapsed to one space, ends trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `text` matching itself in a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

/**
 * Lines of a source as the Fountain parser reads and numbers them (normalizeSource: LF line
 * endings, no byte-order mark or invisible characters, NFC), and no form feeds (a PDF export's page breaks).
 */
export const sourceLines = (source: string): string[] =>
  normalizeSource(source).replace(/\f/g, '').split('\n');
