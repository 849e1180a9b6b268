import { isCueLine, isHanAction, parseCharacterCue } from './character-cue.js';
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
      if (startsWithSpeaker(parseCharacterCue(trimmed).name, speaking)) return false;
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
    /**
     * Whether the line at `index` is the cue under a line of action: one {@link isCueAt} refused, or one whose grammar
     * says it is action (她转身 over 王芳 and her speech).
     */
    isCueUnderAction(index: number): boolean {
      if (underAction.has(index)) return true;
      const above = index - 1 >= from ? lines[index - 1]! : null;
      const trimmed = lines[index]!.text.trim();
      return (
        above !== null &&
        !above.noteOnly &&
        (index - 2 < from || lines[index - 2]!.text.trim() === '') &&
        isHanAction(above.text.trim()) &&
        isCaselessCueLine(trimmed) &&
        (nextText(index) ?? '') !== ''
      );
    },
  };
};

// What follows a name in a cue of someone else: a possessive (李明的妈妈, さくらの母, 지수의 친구), a relative or a title
// (李明妈妈, 王芳姐, 田中先生, 지수 엄마).
const OF_SOMEONE = /^(?:[的の의之]|\s|(?:妈妈|妈|爸爸|爸|母亲|父亲|哥哥|哥|姐姐|姐|弟弟|弟|妹妹|妹|妻子|老婆|丈夫|老公|儿子|女儿|爷爷|奶奶|外婆|外公|叔叔|阿姨|先生|小姐|太太|老师|同学|师傅|大爷|大妈|母|父|さん|くん|君|ちゃん|様|先生|씨|님|엄마|아빠))/u;

// What they do, after the name: in Chinese two characters or more (转身离开; 王芳芳 may be someone else), in Japanese
// and Korean after the subject's particle (さくらが振り返る, 지수가 웃는다).
const DOES_SOMETHING = /^(?:\p{Script=Han}{2,}|[がはも]\S|[가이은는도]\s)/u;

/**
 * Whether a caseless line opens with the name of someone who speaks elsewhere and goes on: 李明转身离开 ("Li Ming turns
 * and leaves"), 老板娘擦桌子 — what they do, written as action is, not a cue of theirs.
 */
const startsWithSpeaker = (name: string, speaking: ReadonlySet<string>): boolean => {
  for (const speaker of speaking) {
    if (speaker === name || !name.startsWith(speaker)) continue;
    const rest = name.slice(speaker.length);
    if (DOES_SOMETHING.test(rest) && !OF_SOMEONE.test(rest)) return true;
  }
  return false;
};

// Speech in Japanese and Chinese opens with its quotation mark (「おはよう」, “走吧”): never a name.
const OPENS_SPEECH = /^[「『“"«‹]/u;
// A parenthetical, also in full-width brackets (（小声で）).
const OPENS_PARENTHETICAL = /^[(（]/u;

/** A line that can be a cue and whose name has no case: 李明, محمد, さくら (V.O.). */
export const isCaselessCueLine = (trimmed: string): boolean => {
  if (!isCueLine(trimmed) || OPENS_SPEECH.test(trimmed) || OPENS_PARENTHETICAL.test(trimmed)) return false;
  const { name } = parseCharacterCue(trimmed);
  return name === name.toLowerCase();
};
