import type { IntExt } from './types.js';

/** The parts of a scene heading; see {@link parseSceneHeading}. */
export interface SceneHeadingParts {
  text: string;
  intExt: IntExt | null;
  location: string;
  timeOfDay: string;
  sceneNumber: string;
}

// INT, EXT, EST, INT./EXT., INT/EXT, EXT/INT, I/E, followed by "." or a space (or the end).
// Italian writers use INT./EST. (esterno): in a pair EST is exterior; alone it stays EST
// (English "establishing"), which the import reads as exterior either way.
const PREFIX = /^(?:(?:INT|EXT|EST)\.?\s*\/\s*(?:INT|EXT|EST)\.?|I\s*\/\s*E\.?|INT\.?|EXT\.?|EST\.?)(?=[\s.]|$)/i;
const UNFORCED = /^(?:INT|EXT|EST|INT\.?\/EXT|EXT\.?\/INT|INT\.?\/EST|EST\.?\/INT|I\/E)[. ]/i;
// German INNEN. / AUSSEN. (AUßEN.), INNEN/AUSSEN. Uppercase only: "Innen brennt Licht." is action.
const GERMAN_SIDE = '(?:INNEN|AUSSEN|AUßEN|AUẞEN)';
const GERMAN_PREFIX = new RegExp(`^(?:${GERMAN_SIDE}\\.?\\s*\\/\\s*${GERMAN_SIDE}\\.?|${GERMAN_SIDE}\\.?)(?=[\\s.]|$)`);
const GERMAN_UNFORCED = new RegExp(`^${GERMAN_SIDE}(?:\\.?\\/${GERMAN_SIDE})?[. ]`);
// Russian ИНТ. (интерьер) / НАТ. (натура, on location outside; also ЭКСТ.), ИНТ./НАТ. Uppercase only, as German.
const RUSSIAN_SIDE = '(?:ИНТ|НАТ|ЭКСТ)';
const RUSSIAN_PREFIX = new RegExp(`^(?:${RUSSIAN_SIDE}\\.?\\s*\\/\\s*${RUSSIAN_SIDE}\\.?|${RUSSIAN_SIDE}\\.?)(?=[\\s.]|$)`, 'u');
const RUSSIAN_UNFORCED = new RegExp(`^${RUSSIAN_SIDE}(?:\\.?\\/${RUSSIAN_SIDE})?[. ]`, 'u');
const SCENE_NUMBER = /\s*#([\p{L}\p{N}.-]+)#\s*$/u;
// The last spaced separator writers type between place and time: " - ", " -- ", " – ", " — ".
const LAST_SEPARATOR = /\s+(?:--?|\u2013|\u2014)\s+(?!.*\s(?:--?|\u2013|\u2014)\s)/u;

/** True when a trimmed line reads as a scene heading without forcing. */
// "FLASHBACK - INT. CHURCH - DAY": writers put the flashback before the heading as often as after it.
const MARKER = /^(?:BEGIN )?(FLASHBACK|DREAM SEQUENCE|DREAM|FANTASY)\s*[-\u2013\u2014:]\s*/u;
const withoutMarker = (trimmed: string): { marker: string; rest: string } => {
  const match = MARKER.exec(trimmed);
  return match ? { marker: match[1]!, rest: trimmed.slice(match[0].length) } : { marker: '', rest: trimmed };
};
const isUnmarkedHeading = (trimmed: string): boolean => UNFORCED.test(trimmed) || GERMAN_UNFORCED.test(trimmed) || RUSSIAN_UNFORCED.test(trimmed);

export const isSceneHeadingLine = (trimmed: string): boolean => isUnmarkedHeading(trimmed) || (MARKER.test(trimmed) && isUnmarkedHeading(withoutMarker(trimmed).rest));

const normaliseIntExt = (prefix: string): IntExt => {
  const upper = prefix.toUpperCase().replace(/[.\s]/g, '');
  if (upper.includes('/')) return 'INT/EXT';
  if (upper === 'INNEN' || upper === 'ИНТ') return 'INT';
  if (upper === 'AUSSEN' || upper === 'AUẞEN' || upper === 'НАТ' || upper === 'ЭКСТ') return 'EXT';
  return upper as 'INT' | 'EXT' | 'EST';
};

const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim();

/**
 * Splits a scene heading into INT/EXT, location, time of day (after the last " - ", or
 * " -- ", " – ", " — ")
 * and scene number (`#12A#` at the end). Accepts a forced heading (`.` prefix).
 *
 * @example
 * parseSceneHeading('INT. HOUSE - KITCHEN - NIGHT #12A#')
 * // { text: 'INT. HOUSE - KITCHEN - NIGHT', intExt: 'INT', location: 'HOUSE - KITCHEN',
 * //   timeOfDay: 'NIGHT', sceneNumber: '12A' }
 */
export const parseSceneHeading = (line: string): SceneHeadingParts => {
  let rest = line.trim();
  if (rest.startsWith('.') && !rest.startsWith('..')) rest = rest.slice(1).trimStart();
  let sceneNumber = '';
  const number = SCENE_NUMBER.exec(rest);
  if (number) {
    sceneNumber = number[1] ?? '';
    rest = rest.slice(0, number.index).trimEnd();
  }
  const text = collapse(rest);
  const { marker, rest: unmarked } = withoutMarker(text);
  const heading = marker !== '' && isUnmarkedHeading(unmarked) ? unmarked : text;
  let intExt: IntExt | null = null;
  let body = heading;
  const prefix = PREFIX.exec(heading) ?? GERMAN_PREFIX.exec(heading) ?? RUSSIAN_PREFIX.exec(heading);
  if (prefix) {
    intExt = normaliseIntExt(prefix[0]);
    // "INT - KITCHEN - DAY": a dash after the prefix is punctuation, not the place's.
    body = heading.slice(prefix[0].length).replace(/^[\s.]+(?:[-\u2013\u2014]+\s+)?/, '');
  }
  const split = LAST_SEPARATOR.exec(body);
  const location = split ? body.slice(0, split.index) : body;
  let timeOfDay = split ? body.slice(split.index + split[0].length).trim() : '';
  // Written before the heading, read as if after it: "INT. CHURCH - DAY (FLASHBACK)".
  if (heading !== text) timeOfDay = timeOfDay === '' ? `(${marker})` : `${timeOfDay} (${marker})`;
  return { text, intExt, location: location.trim(), timeOfDay, sceneNumber };
};
