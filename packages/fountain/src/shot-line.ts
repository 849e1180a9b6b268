/*
 * Shot lines. Fountain has no shot element: a shooting script writes a shot as a line of
 * capitals (`CLOSE ON MARIA`, `INSERT - THE LETTER`), and Final Draft's `Shot` paragraph
 * converts to one. The parser needs to know one so that a shot line with its action right
 * under it is not a character cue; the import makes a Shot of each.
 */

/** What a shot line says about the camera, in the Shot node's own values. */
export interface ShotCamera {
  shotSize?: 'EWS' | 'WS' | 'FS' | 'MWS' | 'MS' | 'MCU' | 'CU' | 'ECU' | 'INSERT';
  shotType?: 'two-shot' | 'three-shot' | 'OTS' | 'POV' | 'insert' | 'establishing' | 'aerial';
  angle?: 'high' | 'low' | 'overhead' | 'dutch';
}

/**
 * The words a shooting script opens a shot with (Final Draft's `Shot` element, or a line of
 * capitals in Fountain, which has no shot element), longest first, and what each says.
 * Only the camera the words name is set; the rest stays the Shot's default.
 */
const SHOT_WORDS: ReadonlyArray<[RegExp, ShotCamera]> = [
  [/^(?:EXTREME CLOSE[- ]?(?:UP|ON|SHOT)?|EXTREME CLOSEUP|ECU|XCU|BCU)\b/, { shotSize: 'ECU' }],
  [/^(?:EXTREME WIDE|EXTREME LONG|EWS|ELS|XLS)\b/, { shotSize: 'EWS' }],
  [/^(?:MEDIUM CLOSE[- ]?(?:UP|ON|SHOT)?|MCU)\b/, { shotSize: 'MCU' }],
  [/^(?:MEDIUM WIDE|MEDIUM LONG|MWS|MLS|COWBOY SHOT)\b/, { shotSize: 'MWS' }],
  [/^(?:MEDIUM(?: SHOT| ON| ANGLE)?|MED\. SHOT)\b/, { shotSize: 'MS' }],
  [/^FULL SHOT\b/, { shotSize: 'FS' }],
  [/^(?:CLOSE[- ]?(?:UP|ON|SHOT)|CLOSEUP|CLOSER(?: ON| ANGLE)?|TIGHT(?: ON| SHOT)|TIGHTER|CU)\b/, { shotSize: 'CU' }],
  [/^(?:WIDE(?: SHOT| ON| ANGLE)?|WIDER(?: ANGLE)?|LONG SHOT)\b/, { shotSize: 'WS' }],
  [/^INSERT\b/, { shotSize: 'INSERT', shotType: 'insert' }],
  [/^ESTABLISHING(?: SHOT)?\b/, { shotSize: 'WS', shotType: 'establishing' }],
  [/^AERIAL(?: SHOT| VIEW)?\b/, { shotSize: 'EWS', shotType: 'aerial' }],
  [/^TWO[- ]SHOT\b/, { shotType: 'two-shot' }],
  [/^THREE[- ]SHOT\b/, { shotType: 'three-shot' }],
  [/^(?:OVER (?:THE|HIS|HER|THEIR|[A-Z]+['’]S) SHOULDER|OTS)\b/, { shotType: 'OTS' }],
  [/^(?:POV|POINT OF VIEW|(?:[A-Z][A-Z.'’ -]{0,30}['’]S) (?:POV|POINT OF VIEW))\b/, { shotType: 'POV' }],
  [/^HIGH ANGLE\b/, { angle: 'high' }],
  [/^LOW ANGLE\b/, { angle: 'low' }],
  [/^(?:DUTCH ANGLE|DUTCH TILT)\b/, { angle: 'dutch' }],
  [/^(?:OVERHEAD(?: SHOT| ANGLE)?|BIRD['’]S[- ]EYE(?: VIEW)?|TOP SHOT)\b/, { angle: 'overhead' }],
  [/^(?:REVERSE(?: ANGLE| ON| SHOT)?|ANGLE(?: ON)?|NEW ANGLE|ANOTHER ANGLE|BACK ON|ON)\b/, {}],
];

// A shot line is short, one line, in capitals; "ON THE TABLE, A GUN." is action in capitals too, but ends a sentence.
const MAX_SHOT_LINE = 80;

/** What the camera words of a shot line say, or null when `text` is no shot line. */
export const readShotLine = (text: string): ShotCamera | null => {
  if (text.trim().includes('\n')) return null;
  const line = text.trim().replace(/\s+/g, ' ');
  if (line === '' || line.length > MAX_SHOT_LINE || line !== line.toUpperCase() || !/\p{Lu}/u.test(line)) return null;
  if (/[.!?]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return null;
  for (const [words, camera] of SHOT_WORDS) if (words.test(line)) return camera;
  return null;
};

/** The part of a shot line that is in frame: in `NINA'S POV - THE GANGWAY` Nina is the camera, not in the shot. */
export const inFrame = (text: string): string => text.replace(/^.*?['’]S (?:POV|POINT OF VIEW)\b/, '');

