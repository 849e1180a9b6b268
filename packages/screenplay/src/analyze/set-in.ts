import type { FountainElement } from '@pc/fountain';

/**
 * Text the action sets in, as Fountain lets a writer indent what is written rather than seen — a card
 * in a character's hand, a letter, a sign: "He opens the card:" then, ten spaces in, "Scott --" /
 * "Jacob Billups" / "Palace Hotel, RM 412". A name there is read, not a person in the scene, so it
 * casts nobody. A paragraph is set in when each of its lines is indented four columns (a tab counts
 * four) past the script's usual action margin, so a PDF's text, every line shifted alike, is not.
 */
const indent = (line: string): number => {
  let width = 0;
  for (const character of line) {
    if (character === ' ' || character === '\u00A0') width += 1;
    else if (character === '\t') width += 4;
    else break;
  }
  return width;
};

const SET_IN = 4;

/** A test for the action paragraphs set in past the margin of `actions` (every action of the script). */
export const createSetInTest = (actions: readonly FountainElement[]): ((element: FountainElement) => boolean) => {
  const lines = actions.flatMap((element) => (element.type === 'action' ? element.text.split('\n').filter((line) => line.trim() !== '') : []));
  const margin = lines.length === 0 ? 0 : Math.min(...lines.map(indent));
  return (element) => {
    if (element.type !== 'action') return false;
    const own = element.text.split('\n').filter((line) => line.trim() !== '');
    return own.length > 0 && own.every((line) => indent(line) >= margin + SET_IN);
  };
};
