import { isCueLine, parseCharacterCue } from './character-cue.js';
import type { SourceLine } from './source-lines.js';

/**
 * A script without case (Chinese, Japanese, Korean, Arabic, Hebrew) cannot say a cue by its
 * capitals, so a short unpunctuated line of action (她转身, 문이 열린다) above a speech looks like
 * one. A script supervisor reads the line nearest the speech as the cue, as the page lays it out:
 *
 * - a line with a parenthetical under it (`(小声)`) is a cue;
 * - a line with another name-length caseless line under it, itself over text, is action — the
 *   line under it is the cue — unless the script gives the upper name a speech elsewhere and never
 *   the lower one (then the lower line is a short unpunctuated line of speech: 李明 / 好 / 走吧。).
 *
 * Costs: one pass over the lines to learn the names that speak where nothing is in doubt.
 */
export const createCaselessCueReader = (lines: readonly SourceLine[], from: number) => {
  const nextText = (index: number): string | null => {
    let i = index + 1;
    while (i < lines.length && lines[i]!.noteOnly) i += 1;
    return i < lines.length ? lines[i]!.text.trim() : null;
  };
  const afterNext = (index: number): string | null => {
    let i = index + 1;
    while (i < lines.length && lines[i]!.noteOnly) i += 1;
    return nextText(i);
  };
  // Speakers whose cue has a parenthetical or speech under it, where nothing is in doubt.
  const speaking = new Set<string>();
  for (let index = from; index < lines.length; index += 1) {
    const trimmed = lines[index]!.text.trim();
    const prev = index > from ? lines[index - 1]!.text.trim() : '';
    const next = nextText(index);
    if (prev !== '' || next === null || next === '' || !isCaselessCueLine(trimmed)) continue;
    if (OPENS_PARENTHETICAL.test(next) || !isCaselessCueLine(next)) speaking.add(parseCharacterCue(trimmed).name);
  }

  // Lines read as cues although action is right above them: the cue under 她转身.
  const underAction = new Set<number>();
  return {
    /** Whether the caseless cue-like line at `index` (blank before, text after) is a cue. */
    isCueAt(index: number, trimmed: string): boolean {
      const next = nextText(index) ?? '';
      if (OPENS_PARENTHETICAL.test(next) || !isCaselessCueLine(next)) return true;
      const overSpeech = (afterNext(index) ?? '').trim() !== '';
      if (!overSpeech) return true;
      if (speaking.has(parseCharacterCue(trimmed).name) && !speaking.has(parseCharacterCue(next).name)) return true;
      let i = index + 1;
      while (i < lines.length && lines[i]!.noteOnly) i += 1;
      underAction.add(i);
      return false;
    },
    /** Whether the line at `index` is the cue under a line of action {@link isCueAt} refused. */
    isCueUnderAction: (index: number): boolean => underAction.has(index),
  };
};

// Speech in Japanese and Chinese opens with its quotation mark (「おはよう」, “走吧”): never a name.
const OPENS_SPEECH = /^[「『“"«‹]/u;
// A parenthetical, also in full-width brackets (（小声で）).
const OPENS_PARENTHETICAL = /^[(（]/u;

/** A line that can be a cue and whose name has no case: 李明, محمد, さくら (V.O.). */
export const isCaselessCueLine = (trimmed: string): boolean => {
  if (!isCueLine(trimmed) || OPENS_SPEECH.test(trimmed)) return false;
  const { name } = parseCharacterCue(trimmed);
  return name === name.toLowerCase();
};
