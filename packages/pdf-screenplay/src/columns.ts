/**
 * Where the industry layout puts each element, in characters of Courier 12 (10 to the inch)
 * right of the action's edge (1.5" on the page): dialogue at 2.5" (10), parenthetical at
 * 3.1" (16), the character cue at 3.7" (22), a transition right-aligned to 7.5" (from ~45).
 * Writers and apps move these by a few characters, so each element owns a band around its
 * place, split halfway between neighbours.
 */
export type Column = 'action' | 'dialogue' | 'parenthetical' | 'cue' | 'transition';

const DIALOGUE_FROM = 5;
const PARENTHETICAL_FROM = 13;
const CUE_FROM = 19;
const TRANSITION_FROM = 34;

export const columnOf = (indent: number): Column => {
  if (indent < DIALOGUE_FROM) return 'action';
  if (indent < PARENTHETICAL_FROM) return 'dialogue';
  if (indent < CUE_FROM) return 'parenthetical';
  if (indent < TRANSITION_FROM) return 'cue';
  return 'transition';
};
