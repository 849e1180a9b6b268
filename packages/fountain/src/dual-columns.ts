import { isCueLine } from './character-cue.js';
import type { SourceLine } from './source-lines.js';

/*
 * Dual dialogue as a PDF's text prints it: two speeches side by side, the cues on one line
 * ("NNEKA          ADE") and each line of speech carrying both columns. Read as Fountain the
 * two cues are one name and the two speeches one. This step, after the page furniture is
 * dropped, writes the block as Fountain's dual dialogue: the left speech, a blank line, the
 * right one under a `^` cue. The right column's lines keep their own source line numbers.
 */

// Columns are set apart by a wide gap; words within a column by one space.
const COLUMN_GAP = /\S(\s{3,})\S/;
// The right cue sits past the middle of the page; a cue and its extension never span that gap.
const MIN_RIGHT_CUE_COLUMN = 30;
// The right speech starts left of its centred cue, but well right of the left column's start.
const RIGHT_SPEECH_SLACK = 14;

const indentOf = (text: string): number => text.length - text.trimStart().length;

/** The two cues of a side-by-side pair, and the column the right one starts at; null for any other line. */
const readCuePair = (text: string): { left: string; right: string; rightColumn: number } | null => {
  const gap = COLUMN_GAP.exec(text);
  if (gap === null) return null;
  const rightColumn = gap.index + 1 + gap[1]!.length;
  if (rightColumn < MIN_RIGHT_CUE_COLUMN) return null;
  const left = text.slice(0, gap.index + 1);
  const right = text.slice(rightColumn).trimEnd();
  // A third column, or a right part with a gap of its own, is a table, not two cues.
  return isCueLine(left.trim()) && isCueLine(right) && !/\s{3,}/.test(right) ? { left, right, rightColumn } : null;
};

/** A line of the block split into its left and right columns (either may be blank). */
const splitColumns = (text: string, rightColumn: number): [string, string] => {
  if (text.trim() === '') return ['', ''];
  if (indentOf(text) >= rightColumn - RIGHT_SPEECH_SLACK) return ['', text.trim()];
  const gap = COLUMN_GAP.exec(text);
  return gap === null ? [text.trimEnd(), ''] : [text.slice(0, gap.index + 1), text.slice(gap.index + 1 + gap[1]!.length).trim()];
};

const sourceLine = (text: string, from: SourceLine): SourceLine => ({ text, line: from.line, notes: [], noteOnly: false });

/** The lines with each side-by-side dual dialogue block rewritten as Fountain's `^` dual dialogue. */
export const splitDualColumns = (lines: readonly SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const source = lines[index]!;
    const pair = source.noteOnly || !/\S\s{3,}\S/.test(source.text) ? null : readCuePair(source.text);
    const next = lines[index + 1];
    if (pair === null || next === undefined || next.text.trim() === '') {
      out.push(source);
      continue;
    }
    const left: SourceLine[] = [{ ...source, text: pair.left }];
    const right: SourceLine[] = [sourceLine(`${pair.right} ^`, source)];
    let end = index + 1;
    for (; end < lines.length && lines[end]!.text.trim() !== ''; end += 1) {
      const [leftText, rightText] = splitColumns(lines[end]!.text, pair.rightColumn);
      if (leftText.trim() !== '') left.push({ ...lines[end]!, text: leftText });
      if (rightText !== '') right.push(sourceLine(rightText, lines[end]!));
    }
    out.push(...left, sourceLine('', lines[end - 1]!), ...right);
    index = end - 1;
  }
  return out;
};
