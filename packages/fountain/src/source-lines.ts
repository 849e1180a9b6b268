/**
 * Step 1 of parsing: turn raw text into lines with boneyard comments and notes taken
 * out. Line endings are normalised (CRLF, CR, a pasted manual line break), a byte-order mark
 * is dropped (editors on Windows save one, and it would hide a title page's first key), so are
 * soft hyphens and zero-width spaces, text is NFC (macOS saves "ZOË" decomposed, and the two
 * spellings must be one name), a line left blank only because a comment
 * or a note was removed disappears, so removals never split a dialogue block.
 */

// Word's manual line break (Shift+Enter) pastes as a vertical tab, other apps' as U+2028.
const SOFT_BREAK = /[\v\u2028\u2029]/g;
// Invisible in every editor, yet they split a name in two: soft hyphen, zero-width space, word joiner, a BOM mid-text.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/**
 * The text every reader of a script starts from, so their line numbers agree: no byte-order
 * mark, `\n` line endings (CRLF, CR, and a word processor's manual line breaks), NFC, and no
 * invisible characters a paste from Word or a web page brings.
 */
export const normalizeSource = (source: string): string =>
  source.replace(/\r\n?/g, '\n').replace(SOFT_BREAK, '\n').normalize('NFC').replace(INVISIBLE, '');

export interface SourceLine {
  /** The line without comments and notes; trailing whitespace kept (two spaces matter). */
  text: string;
  /** 1-based line in the original text. */
  line: number;
  notes: string[];
  /** True when the line held only a note (and whitespace): it becomes a note element. */
  noteOnly: boolean;
}

export interface SourceLines {
  lines: SourceLine[];
  boneyard: string[];
}

/**
 * Finds the next closing delimiter at or after `from`, remembering the last answer so
 * that a string full of unclosed openers stays linear instead of quadratic.
 */
const createCloser = (text: string, delimiter: string) => {
  let cachedFrom = -1;
  let cachedAt = -1;
  return (from: number): number => {
    if (cachedFrom !== -1 && from >= cachedFrom && (cachedAt === -1 || cachedAt >= from)) return cachedAt;
    cachedFrom = from;
    cachedAt = text.indexOf(delimiter, from);
    return cachedAt;
  };
};

const countNewlines = (text: string, from: number, to: number): number => {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
};

/** After a removal between two spaces, skips the second so "a [[x]] b" reads "a b". */
const skipJoinSpace = (text: string, from: number, parts: readonly string[]): number => {
  const before = parts[parts.length - 1] ?? '';
  if (before === '' || !/[ \t]$/.test(before)) return from;
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  return i;
};

/**
 * Splits `source` into {@link SourceLine}s.
 *
 * @remarks O(n). An unclosed `/*` or `[[` is kept as literal text; a note may span lines
 * but not an empty line (the spec's rule), so a stray `[[` never swallows the script.
 */
export const readSourceLines = (source: string): SourceLines => {
  const text = normalizeSource(source);
  const closeComment = createCloser(text, '*/');
  const closeNote = createCloser(text, ']]');
  const nextEmptyLine = createCloser(text, '\n\n');
  const lines: SourceLine[] = [];
  const boneyard: string[] = [];

  let lineNumber = 1;
  let startLine = 1;
  let parts: string[] = [];
  let notes: string[] = [];
  let removed = false;
  let segmentStart = 0;

  const flush = () => {
    const lineText = parts.join('');
    const blankAfterRemoval = removed && lineText.trim() === '';
    if (!blankAfterRemoval) lines.push({ text: lineText, line: startLine, notes, noteOnly: false });
    else if (notes.length > 0) lines.push({ text: '', line: startLine, notes, noteOnly: true });
    parts = [];
    notes = [];
    removed = false;
  };

  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) {
      parts.push(text.slice(segmentStart, i));
      flush();
      lineNumber += 1;
      startLine = lineNumber;
      i += 1;
      segmentStart = i;
      continue;
    }
    if (code === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = closeComment(i + 2);
      if (close !== -1) {
        parts.push(text.slice(segmentStart, i));
        boneyard.push(text.slice(i + 2, close).trim());
        lineNumber += countNewlines(text, i, close);
        removed = true;
        i = skipJoinSpace(text, close + 2, parts);
        segmentStart = i;
        continue;
      }
    }
    if (code === 91 /* [ */ && text.charCodeAt(i + 1) === 91) {
      const close = closeNote(i + 2);
      const empty = nextEmptyLine(i);
      if (close !== -1 && (empty === -1 || empty > close)) {
        parts.push(text.slice(segmentStart, i));
        notes.push(text.slice(i + 2, close).trim());
        lineNumber += countNewlines(text, i, close);
        removed = true;
        i = skipJoinSpace(text, close + 2, parts);
        segmentStart = i;
        continue;
      }
    }
    i += 1;
  }
  parts.push(text.slice(segmentStart));
  flush();
  return { lines, boneyard };
};
