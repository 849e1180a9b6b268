import type { IntExt } from '@pc/fountain';
import { collapse } from './text.js';

/**
 * A heading's place and time, as the import reads them. The Fountain parser splits at
 * the last " - "; the import also accepts "INT. HOUSE - KITCHEN" (no time of day), so the
 * trailing parts are a time of day only when they read like one.
 */
export interface HeadingPlace {
  /** The place parts, outermost first: ['HOUSE', 'KITCHEN']. UPPERCASE. */
  parts: string[];
  /** UPPERCASE; blank when the heading has none. */
  timeOfDay: string;
  /** The parts that name the set: `parts` without a trailing vehicle state (['VAN'] of 'VAN - MOVING'). */
  set: string[];
}

// A vehicle's state written as a heading part ("INT. VAN - MOVING - NIGHT") says how the
// scene is shot, not a place inside the van: the set is the van.
const VEHICLE_STATES = 'MOVING|TRAVELING|TRAVELLING|DRIVING|IN MOTION|PARKED|STATIONARY|EN MOVIMIENTO|EM MOVIMENTO|IN MOVIMENTO|EN MARCHE|FAHREND';
const VEHICLE_STATE = new RegExp(`^(?:${VEHICLE_STATES})$`, 'u');
// Or in brackets after the vehicle: "INT. PICKUP (MOVING) - CONTINUOUS".
const BRACKETED_STATE = new RegExp(`^(.*\\S)[ ]*\\((?:${VEHICLE_STATES})\\)$`, 'u');

// Times of day writers use; a heading's last part starting with one of these is a time.
// Years ("1985"), numbered days ("DAY 2") and parenthesised notes ("(FLASHBACK)") count too.
const TIME_WORDS =
  /^(?:DAY|NIGHT|DAWN|DUSK|MORNING|AFTERNOON|EVENING|CONTINUOUS|CONTINUED|LATER|MOMENTS LATER|SAME|SAME TIME|SUNSET|SUNRISE|NOON|MIDDAY|MIDNIGHT|MAGIC HOUR|GOLDEN HOUR|BLUE HOUR|TWILIGHT|DAYBREAK|NIGHTFALL|SUNDOWN|FIRST LIGHT|FLASHBACK|DREAM|PRESENT|PRESENT DAY|(?:EARLY|LATE) (?:MORNING|AFTERNOON|EVENING|NIGHT)|PRE-DAWN)(?![\p{L}\p{N}])/u;
// Relative times: "A FEW MINUTES LATER", "MOMENTS EARLIER", "THE NEXT MORNING".
const RELATIVE_TIME = /(?:^|\s)(?:LATER|EARLIER)$|^(?:THE\s+)?(?:NEXT|FOLLOWING)\s+(?:DAY|NIGHT|MORNING|AFTERNOON|EVENING)$/u;
// Scripts written in Spanish, French, German, Italian and Portuguese keep INT./EXT. but name
// the time in their language ("INT. COCINA - NOCHE"). Whole parts only: these words are
// short enough to begin a place's name.
const OTHER_LANGUAGE_TIME =
  /^(?:D[IÍ]A|NOCHE|TARDE|MAÑANA|AMANECER|ATARDECER|ANOCHECER|MADRUGADA|MEDIOD[IÍ]A|CONTINUO|CONTINUA|M[AÁ]S TARDE|MOMENTOS DESPU[EÉ]S|JOUR|NUIT|SOIR|SOIRÉE|MATIN|AUBE|AURORE|CRÉPUSCULE|MIDI|MINUIT|PLUS TARD|TAG|NACHT|ABEND|MORGEN|MITTAG|DÄMMERUNG|SPÄTER|MORGENGRAUEN|MORGENDÄMMERUNG|ABENDDÄMMERUNG|NACHMITTAG|VORMITTAG|MITTERNACHT|KURZ DARAUF|KURZ DANACH|GLEICHZEITIG|FIM DE TARDE|MAIS TARDE|GIORNO|NOTTE|SERA|MATTINA|POMERIGGIO|ALBA|TRAMONTO|PI[UÙ] TARDI|NOITE|MANHÃ|AMANHECER|ENTARDECER|ДЕНЬ|НОЧЬ|УТРО|ВЕЧЕР|РАССВЕТ|ЗАКАТ|СУМЕРКИ|ПОЛДЕНЬ|ПОЛНОЧЬ|ПОЗЖЕ|ЧУТЬ ПОЗЖЕ|НЕПРЕРЫВНО|ПРОДОЛЖЕНИЕ|В ТО ЖЕ ВРЕМЯ)(?:\s*\([^()]*\))?$/u;

// Korean, Japanese and Chinese scripts written in Fountain keep INT./EXT. and name the time in their
// language ("EXT. 옥상 - 새벽", "INT. 茶馆 - 夜"); whole parts only, as above.
const ASIAN_LANGUAGE_TIME =
  /^(?:낮|밤|새벽|아침|저녁|오전|오후|한낮|한밤|한밤중|해질녘|동틀녘|황혼|잠시 후|같은 시각|연속|회상|다음 날|昼|夜|朝|夕方|夕|深夜|早朝|明け方|午前|午後|黄昏|同時刻|翌朝|回想|数分後|白天|日|夜晚|清晨|早晨|早上|中午|下午|傍晚|晚上|凌晨|黎明|同时|稍后)$/u;

// A time in figures: a year or decade (1985, 1970S, 1970'S), a clock time (10:30, 6.15, 9 AM), or a parenthesis ((FLASHBACK)).
// Not any part that opens with a figure: "3RD FLOOR" and "12TH STREET" are places.
const FIGURE_TIME = /^(?:\(|\d{4}(?:'?S)?(?![\p{L}\p{N}])|\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}\s*(?:AM|PM|A\.M\.|P\.M\.)(?!\p{L}))/u;

/** True when a heading part reads as a time of day (NIGHT, MOMENTS LATER, LATE AFTERNOON, NOCHE, 1985, (FLASHBACK)). */
export const isTimeOfDay = (part: string): boolean =>
  TIME_WORDS.test(part) || RELATIVE_TIME.test(part) || OTHER_LANGUAGE_TIME.test(part) || ASIAN_LANGUAGE_TIME.test(part) || FIGURE_TIME.test(part);

// Writers separate a heading's parts with a hyphen, a doubled hyphen or a dash, spaced; a doubled hyphen or a dash
// also unspaced ("LIBRARY--DAY"): no place is named with one, where a single hyphen joins a name (SEMI-DETACHED).
const PART_SEPARATOR = /\s+(?:--?|\u2013|\u2014)\s+|(?<=[^\s-])(?:--|\u2014)(?=[^\s-])/u;

// Some writers put the time after a comma ("INT. SAN FRANCISCO APARTMENT, DAY", "INT. RM 412, SAME"), or the vehicle's
// state ("INT. LANDCRUISER, DRIVING"). A comma also joins the parts of a place ("HALLWAY, SCOTT'S APARTMENT BUILDING"),
// so a part is cut only where what follows a comma reads as a time or a state; the place keeps its commas.
const splitAtCommaTime = (part: string): string[] => {
  const pieces = part.split(/\s*,\s+/);
  const at = pieces.findIndex((piece, index) => index > 0 && (isTimeOfDay(piece) || VEHICLE_STATE.test(piece)));
  return at === -1 ? [part] : [pieces.slice(0, at).join(', '), ...pieces.slice(at)];
};

// Straight apostrophes: a word processor curls some and not others, and "O’BRIEN HOUSE" and
// "O'BRIEN HOUSE" are one set.
export const canonicalPart = (part: string): string =>
  collapse(part.toUpperCase())
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/^[\s.,:;-]+|[\s.,:;-]+$/g, '');

/**
 * Splits the location and time of day of a parsed heading into place parts and a time.
 *
 * @example
 * readHeadingPlace('HOUSE', 'KITCHEN')        // { parts: ['HOUSE', 'KITCHEN'], timeOfDay: '', set: ['HOUSE', 'KITCHEN'] }
 * readHeadingPlace('HOUSE - KITCHEN', 'NIGHT') // { parts: ['HOUSE', 'KITCHEN'], timeOfDay: 'NIGHT', … }
 * readHeadingPlace('MOTEL – NIGHT', '')        // { parts: ['MOTEL'], timeOfDay: 'NIGHT', … }
 * readHeadingPlace('MOTEL - NIGHT', 'LATER')   // { parts: ['MOTEL'], timeOfDay: 'NIGHT - LATER', … }
 * readHeadingPlace('VAN - MOVING', 'NIGHT')    // { parts: ['VAN', 'MOVING'], timeOfDay: 'NIGHT', set: ['VAN'] }
 * readHeadingPlace('FIELD - NIGHT', 'RAIN')    // { parts: ['FIELD'], timeOfDay: 'NIGHT - RAIN', … }
 * readHeadingPlace('RM 412, SAME', '')         // { parts: ['RM 412'], timeOfDay: 'SAME', … }
 * readHeadingPlace('LIBRARY--DAY', '')         // { parts: ['LIBRARY'], timeOfDay: 'DAY', … }
 */
export const readHeadingPlace = (location: string, timeOfDay: string): HeadingPlace => {
  const heading = timeOfDay === '' ? location : `${location} - ${timeOfDay}`;
  const parts = heading.split(PART_SEPARATOR).flatMap(splitAtCommaTime).map(canonicalPart).filter((part) => part !== '');
  // The time starts at the first part after the place that reads like one, and keeps what
  // writers add after it ("NIGHT - LATER", "NIGHT - RAIN", "DAY - MOVING"); the first part
  // is always the place.
  const time = parts.findIndex((part, index) => index > 0 && isTimeOfDay(part));
  const first = time === -1 ? parts.length : time;
  const place = parts.slice(0, first);
  let set = place.length;
  while (set > 1 && VEHICLE_STATE.test(place[set - 1]!)) set -= 1;
  const vehicle = BRACKETED_STATE.exec(place[set - 1] ?? '');
  const named = vehicle ? [...place.slice(0, set - 1), vehicle[1]!] : place.slice(0, set);
  return { parts: place, timeOfDay: parts.slice(first).join(' - '), set: named };
};

/** The name of a place from its parts: "HOUSE - KITCHEN". */
export const placeName = (parts: readonly string[]): string => parts.join(' - ');

/** The Scene field for a parsed INT/EXT: an establishing shot is exterior; none reads INT. */
export const sceneIntExt = (intExt: IntExt | null): 'INT' | 'EXT' | 'INT/EXT' => (intExt === 'EST' ? 'EXT' : (intExt ?? 'INT'));

/** The INT/EXT of a place seen as `a` in one scene and `b` in another. */
export const mergeIntExt = (a: 'INT' | 'EXT' | 'INT/EXT', b: 'INT' | 'EXT' | 'INT/EXT'): 'INT' | 'EXT' | 'INT/EXT' =>
  a === b ? a : 'INT/EXT';
