const EMPHASIS = /(\*{3}|\*{2}|\*|_)(?=\S)([^\n]*?\S)\1/g;

/**
 * Removes Fountain emphasis markers (`***bold italic***`, `**bold**`, `*italic*`,
 * `_underline_`) and resolves `\` escapes, for text that goes where markup means
 * nothing (a prompt, a word count).
 *
 * @example
 * stripEmphasis('She *really* means it \\*not\\*') // 'She really means it *not*'
 */
export const stripEmphasis = (text: string): string =>
  text
    .split(/(\\[*_\\])/)
    .map((part, index) => (index % 2 === 1 ? part.slice(1) : stripPairs(part)))
    .join('');

const stripPairs = (text: string): string => {
  let previous = '';
  let current = text;
  // Nested markers (`**bold _and underlined_**`) need a second pass; each pass shortens.
  while (previous !== current) {
    previous = current;
    current = current.replace(EMPHASIS, '$2');
  }
  return current;
};
