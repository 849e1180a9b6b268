import { stripEmphasis, type FountainElement } from '@pc/fountain';
import { countWords, displayWidth } from '../format.js';

/**
 * Page length and screen time of a scene, with Storyboarder's constants: 55 lines a
 * page, action wrapped at 63 characters and dialogue at 35, a heading 3 lines, a
 * transition 2; action 200 ms a word + 500 ms, dialogue 300 ms a word + 1000 ms, a
 * transition 1000 ms and 2000 ms of padding per scene. A wide character (Hangul, Han, kana) takes two columns, and
 * Japanese or Chinese, written without spaces, counts a word for each two characters.
 */
export const TIMING = {
  linesPerPage: 55,
  actionWidth: 63,
  dialogueWidth: 35,
  headingLines: 3,
  transitionLines: 2,
  actionMsPerWord: 200,
  actionMs: 500,
  dialogueMsPerWord: 300,
  dialogueMs: 1000,
  transitionMs: 1000,
  scenePaddingMs: 2000,
} as const;

const wrappedLines = (text: string, width: number): number =>
  stripEmphasis(text)
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line.trimEnd()) / width)), 0);

/** Printed lines of one element, including the blank line that closes its block. */
const elementLines = (element: FountainElement): number => {
  switch (element.type) {
    case 'action':
    case 'centered':
      return wrappedLines(element.text, TIMING.actionWidth) + 1;
    case 'character':
      return 2; // the cue, and the blank line that closes its dialogue block
    case 'parenthetical':
    case 'dialogue':
    case 'lyrics':
      return wrappedLines(element.text, TIMING.dialogueWidth);
    case 'transition':
      return TIMING.transitionLines;
    // The Scene's own heading is counted once by the caller; sections, synopses, notes
    // and page breaks do not print.
    case 'scene_heading':
    case 'section':
    case 'synopsis':
    case 'note':
    case 'page_break':
      return 0;
    default:
      return assertNever(element);
  }
};

const elementMs = (element: FountainElement): number => {
  switch (element.type) {
    case 'action':
    case 'centered':
      return TIMING.actionMsPerWord * countWords(stripEmphasis(element.text)) + TIMING.actionMs;
    case 'parenthetical':
    case 'dialogue':
    case 'lyrics':
      return TIMING.dialogueMsPerWord * countWords(stripEmphasis(element.text)) + TIMING.dialogueMs;
    case 'transition':
      return TIMING.transitionMs;
    default:
      return 0;
  }
};

const assertNever = (value: never): never => {
  throw new Error(`Unexpected Fountain element ${JSON.stringify(value)}`);
};

/** "1 4/8" for 12 eighths, "4/8" for 4, "2" for 16. */
export const formatEighths = (eighths: number): string => {
  const pages = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(pages);
  return pages === 0 ? `${rest}/8` : `${pages} ${rest}/8`;
};

export interface SceneTiming {
  lines: number;
  eighths: number;
  durationMs: number;
}

/**
 * Lines, page eighths (the nearest, at least 1/8) and estimated duration of a scene: its heading, the
 * elements of its script, and its closing transition when it has one.
 */
export const measureScene = (elements: readonly FountainElement[], hasTransitionOut: boolean): SceneTiming => {
  let lines = TIMING.headingLines + (hasTransitionOut ? TIMING.transitionLines : 0);
  let durationMs = TIMING.scenePaddingMs + (hasTransitionOut ? TIMING.transitionMs : 0);
  // Dual dialogue prints side by side and is spoken over itself: the longer speech counts, not both.
  let left: { lines: number; ms: number } | null = null;
  let column: { lines: number; ms: number } | null = null;
  const closeDual = () => {
    if (left !== null && column !== null && column !== left) {
      lines += Math.max(left.lines, column.lines);
      durationMs += Math.max(left.ms, column.ms);
    } else if (column !== null) {
      lines += column.lines;
      durationMs += column.ms;
    }
    left = null;
    column = null;
  };
  for (const element of elements) {
    const speech = element.type === 'parenthetical' || element.type === 'dialogue' || element.type === 'lyrics' || element.type === 'note';
    if (element.type === 'character' && element.dual === 'left') {
      closeDual();
      left = column = { lines: 0, ms: 0 };
    } else if (element.type === 'character' && element.dual === 'right' && left !== null && column === left) {
      column = { lines: 0, ms: 0 };
    } else if (!speech) closeDual();
    const target = column ?? null;
    if (target !== null) {
      target.lines += elementLines(element);
      target.ms += elementMs(element);
    } else {
      lines += elementLines(element);
      durationMs += elementMs(element);
    }
  }
  closeDual();
  // To the nearest eighth, as a ruler on the page measures: rounding up billed a heading and one line at 2/8, and the
  // corpus's scenes at 353 eighths where its pages are 283.
  const eighths = Math.max(1, Math.round((lines * 8) / TIMING.linesPerPage));
  return { lines, eighths, durationMs };
};
