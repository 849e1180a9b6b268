/**
 * The lines a script uses to move between scenes without a new heading: an intercut
 * ("INTERCUT WITH:", "INTERCUT - MARA'S CAR / BEN'S OFFICE", "INTERCUT BETWEEN …"; Spanish
 * "INTERCALAR CON:", French "EN ALTERNANCE AVEC :", "MONTAGE ALTERNÉ") and a
 * return ("BACK TO SCENE", "BACK TO PRESENT", "END INTERCUT", "END FLASHBACK"). Fountain's
 * spec would read them as action; they print like transitions and say nothing happens, so
 * the parser reads them as transitions and the import reads who is where from them.
 */
import { stripEmphasis } from './emphasis.js';
import type { FountainElement } from './types.js';

export type SceneDirection = 'intercut' | 'return';

// Spanish scripts write INTERCALAR (CON / ENTRE), French EN ALTERNANCE (AVEC) or MONTAGE ALTERNÉ.
const INTERCUT_WORD = '(?:INTERCUT|INTERCALAR|INTERCALADO|EN ALTERNANCE|MONTAGE ALTERN[ÉE])(?=$|[\\s:\\-\\u2013\\u2014])';
const INTERCUT = new RegExp(`^${INTERCUT_WORD}`, 'u');
const INTERCUT_LEAD = new RegExp(`^${INTERCUT_WORD}[\\s:\\-\\u2013\\u2014]*(?:(?:WITH|BETWEEN|CON|ENTRE|AVEC)(?=$|[\\s:\\-\\u2013\\u2014]))?[\\s:\\-\\u2013\\u2014]*`, 'u');
const RETURN =
  /^(?:BACK TO (?:SCENE|PRESENT(?: DAY)?|THE PRESENT(?: DAY)?|REALITY)|RETURN TO (?:SCENE|PRESENT)|END (?:OF )?(?:INTERCUT|FLASHBACK|DREAM(?: SEQUENCE)?|MONTAGE|SERIES OF SHOTS)|END INTERCUT)[.:]?$/u;

/** Whether a trimmed line is an intercut or a return; null for any other line. Uppercase only. */
export const sceneDirection = (trimmed: string): SceneDirection | null => {
  // The anchored patterns fail on the first letter of almost every line; only a match pays for the case check.
  const direction = INTERCUT.test(trimmed) ? 'intercut' : RETURN.test(trimmed) ? 'return' : null;
  return direction !== null && trimmed === trimmed.toUpperCase() ? direction : null;
};

/**
 * The direction a parsed element gives, with its words: a transition's (`INTERCUT WITH:`), or
 * a centred line's (`> INTERCUT WITH: <`, `> **BACK TO SCENE** <`), which writers centre as
 * they centre transitions; the line is where it is on the page, the words still move the scene.
 */
export const elementDirection = (element: FountainElement): { direction: SceneDirection; text: string } | null => {
  if (element.type !== 'transition' && element.type !== 'centered') return null;
  const text = element.type === 'centered' ? stripEmphasis(element.text).trim() : element.text;
  const direction = sceneDirection(text);
  return direction === null ? null : { direction, text };
};

const PLACE_SEPARATOR = /\s*\/\s*|\s+(?:AND|Y|ET)\s+|\s*&\s*|\s*,\s*/u;
const HEADING_PREFIX = /^(?:INT|EXT|I\/E|INT\.?\/EXT|EXT\.?\/INT)\.?\s+/u;

/**
 * The places an intercut line names, as written: "INTERCUT - MARA'S CAR / BEN'S OFFICE"
 * and "INTERCUT BETWEEN MARA'S CAR AND BEN'S OFFICE" (or "INTERCALAR ENTRE … Y …",
 * "MONTAGE ALTERNÉ ENTRE … ET …") name two; "INTERCUT WITH:" none.
 *
 * @example
 * intercutPlaces('INTERCUT - INT. MARA’S CAR / BEN’S OFFICE') // ['MARA’S CAR', 'BEN’S OFFICE']
 */
export const intercutPlaces = (trimmed: string): string[] => {
  const rest = trimmed.replace(INTERCUT_LEAD, '').replace(/[.:]$/u, '').trim();
  if (rest === '') return [];
  return rest
    .split(PLACE_SEPARATOR)
    .map((place) => place.replace(HEADING_PREFIX, '').trim())
    .filter((place) => place !== '');
};
