import type { DialogueElement, FountainElement, ParentheticalElement } from './types.js';

/**
 * A multi-camera script double-spaces its dialogue and writes its action in capitals, so a
 * copy of it (or a writer who types it so) puts a blank line inside every speech: Fountain
 * would end the speech there and read the rest as action. In a script whose action is in
 * capitals, a mixed-case paragraph (or a parenthetical) one blank line after a speech is
 * that speech continued. A film script's action is mixed case, so it is never touched.
 */

const hasLowercase = (text: string): boolean => text !== text.toUpperCase();
const isParenthesised = (text: string): boolean => /^\([^()]*\)$/.test(text.trim());
const lastLine = (element: FountainElement & { text: string }): number => element.line + element.text.split('\n').length - 1;
type Speech = DialogueElement | ParentheticalElement;
const isSpeech = (element: FountainElement): element is Speech => element.type === 'dialogue' || element.type === 'parenthetical';

// Capitals must outnumber the mixed-case paragraphs that follow no speech four to one, in three or more.
const MIN_CAPITALS = 3;
const CAPITALS_RATIO = 4;

/** Whether the action is written in capitals: mixed-case action only ever follows a speech. */
const writesActionInCapitals = (elements: readonly FountainElement[]): boolean => {
  let capitals = 0;
  let mixed = 0;
  let afterSpeech = false;
  for (const [index, element] of elements.entries()) {
    // A film script gives up early: even if every element left were capitals, they would not outnumber the mixed four to one.
    if (mixed * CAPITALS_RATIO >= capitals + elements.length - index) return false;
    if (element.type !== 'action') {
      afterSpeech = isSpeech(element);
      continue;
    }
    const lower = hasLowercase(element.text);
    const parenthesised = element.text.trimStart().startsWith('(') && isParenthesised(element.text);
    if (!element.forced && !parenthesised && (lower || /\p{Lu}/u.test(element.text))) {
      if (!lower) capitals += 1;
      else if (!afterSpeech) mixed += 1;
    }
    afterSpeech = afterSpeech && (lower || parenthesised);
  }
  return capitals >= MIN_CAPITALS && mixed * CAPITALS_RATIO < capitals;
};

/** The elements with a double-spaced speech read as one; the same array when the action is mixed case. */
export const joinDoubleSpacedDialogue = (elements: FountainElement[]): FountainElement[] => {
  if (!writesActionInCapitals(elements)) return elements;
  const joined: FountainElement[] = [];
  let speech: Speech | null = null;
  // The last source line of the speech so far; a continuation starts one blank line after it.
  let speechEnd = 0;
  for (const element of elements) {
    const continues = speech !== null && element.type === 'action' && !element.forced && element.line === speechEnd + 2;
    if (continues && (isParenthesised(element.text) || hasLowercase(element.text))) {
      const text = element.text.split('\n').map((line) => line.trim()).join('\n');
      const notes = element.notes ?? [];
      if (isParenthesised(text)) {
        speech = { type: 'parenthetical', text, line: element.line, ...(notes.length > 0 ? { notes } : {}) };
        joined.push(speech);
      } else if (speech!.type === 'dialogue') {
        const merged: string[] = [...(speech!.notes ?? []), ...notes];
        speech = { type: 'dialogue', text: `${speech!.text}\n${text}`, line: speech!.line, ...(merged.length > 0 ? { notes: merged } : {}) };
        joined[joined.length - 1] = speech;
      } else {
        speech = { type: 'dialogue', text, line: element.line, ...(notes.length > 0 ? { notes } : {}) };
        joined.push(speech);
      }
      speechEnd = lastLine(element);
      continue;
    }
    joined.push(element);
    if (isSpeech(element)) {
      speech = element;
      speechEnd = lastLine(element);
    } else if (element.type !== 'note') speech = null;
  }
  return joined;
};
