import type { cameraAngles, shotSizes, shotTypes } from '@pc/graph';
import { stripEmphasis, type FountainElement } from '@pc/fountain';

/** What a shot line says about the camera, in the Shot node's own values. */
export interface ShotCamera {
  shotSize?: (typeof shotSizes)[number];
  shotType?: (typeof shotTypes)[number];
  angle?: (typeof cameraAngles)[number];
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
  const line = text.trim().replace(/\s+/g, ' ');
  if (line === '' || line.includes('\n') || line.length > MAX_SHOT_LINE || line !== line.toUpperCase() || !/\p{Lu}/u.test(line)) return null;
  if (/[.!?]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return null;
  for (const [words, camera] of SHOT_WORDS) if (words.test(line)) return camera;
  return null;
};

/** The part of a shot line that is in frame: in `NINA'S POV - THE GANGWAY` Nina is the camera, not in the shot. */
export const inFrame = (text: string): string => text.replace(/^.*?['’]S (?:POV|POINT OF VIEW)\b/, '');

/** A shot of a shooting script, read from its shot line and the action under it. */
export interface ScriptShot {
  /** The shot line as written ("CLOSE ON MARIA"), without a trailing colon or dashes. */
  text: string;
  line: number;
  camera: ShotCamera;
  /** The action paragraphs under it, up to the next shot line. */
  action: string;
}

/**
 * The shots a scene's text names: each action paragraph that is a shot line opens one; the
 * action after it, until the next shot line, is what happens in frame. A scene written
 * without shot lines has none (its Shots are the user's to add).
 */
export const readShotLines = (elements: readonly FountainElement[]): ScriptShot[] => {
  const shots: ScriptShot[] = [];
  for (const element of elements) {
    if (element.type !== 'action') continue;
    const camera = readShotLine(element.text);
    if (camera !== null) {
      shots.push({ text: stripEmphasis(element.text).trim().replace(/\s+/g, ' ').replace(/\s*(?::|--|—|-)$/, ''), line: element.line, camera, action: '' });
      continue;
    }
    const current = shots.at(-1);
    if (current) current.action = current.action === '' ? element.text.trim() : `${current.action}\n\n${element.text.trim()}`;
  }
  return shots;
};
