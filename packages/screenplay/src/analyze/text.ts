/** Whitespace runs collapsed to one space, ends trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

/**
 * Lines of a source as the Fountain parser reads and numbers them: CRLF and CR read as LF,
 * no byte-order mark, NFC, and no form feeds (a PDF export's page breaks).
 */
export const sourceLines = (source: string): string[] =>
  source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').replace(/\f/g, '').split('\n');
