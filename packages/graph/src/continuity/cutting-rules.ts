import { shotSizes } from '../catalogue/shot.js';
import { continuitySeverityOf, type ContinuityFinding } from './finding.js';
import { nameCharacters } from './coverage-rules.js';
import type { ContinuityShot } from './model.js';

/* Rules between consecutive shots of one scene, in cutting order. */

const sizeScale: readonly string[] = shotSizes.filter((size) => size !== 'INSERT');

const sameSubject = (a: ContinuityShot, b: ContinuityShot): boolean => {
  if (a.characters.length === 0 || a.characters.length !== b.characters.length) return false;
  const ids = new Set(a.characters.map((character) => character.id));
  return b.characters.every((character) => ids.has(character.id));
};

/** Size steps apart on EWS … ECU, or null when either is an INSERT. */
const sizeSteps = (a: string, b: string): number | null => {
  const i = sizeScale.indexOf(a);
  const j = sizeScale.indexOf(b);
  return i < 0 || j < 0 ? null : Math.abs(i - j);
};

/**
 * Jump-cut risk: two consecutive shots of the same characters from the same angle whose
 * sizes are at most one step apart (MCU → CU). The 30° rule: change the angle, or the size
 * by two steps, or cut away between them. Two over-the-shoulder shots in a row are taken as
 * the reverse pair they usually are (the model does not record whose shoulder it is).
 */
export const findJumpCuts = (shots: readonly ContinuityShot[]): ContinuityFinding[] => {
  const findings: ContinuityFinding[] = [];
  for (let i = 1; i < shots.length; i += 1) {
    const before = shots[i - 1] as ContinuityShot;
    const after = shots[i] as ContinuityShot;
    const steps = sizeSteps(before.shotSize, after.shotSize);
    if (steps === null || steps > 1 || before.angle !== after.angle || !sameSubject(before, after)) continue;
    if (before.shotType === 'OTS' && after.shotType === 'OTS') continue;
    const sizes = steps === 0 ? `both ${after.shotSize}` : `${before.shotSize} to ${after.shotSize}`;
    findings.push({
      code: 'JUMP_CUT_RISK',
      severity: continuitySeverityOf.JUMP_CUT_RISK,
      message: `${before.label} cuts to ${after.label} on ${nameCharacters(after.characters)} from the same angle (${sizes}): a jump cut. Move the camera 30° or change the size by two steps.`,
      nodeIds: [after.id, before.id],
    });
  }
  return findings;
};

const opposite: Record<string, string> = { left_to_right: 'right_to_left', right_to_left: 'left_to_right' };
const directionLabel: Record<string, string> = { left_to_right: 'left to right', right_to_left: 'right to left' };
/** Movement toward or away from the lens re-establishes the line: the next shot may take either side. */
const isNeutral = (direction: string): boolean => direction === 'toward_camera' || direction === 'away_from_camera';

/**
 * Crossing the 180° line: a shot whose screen direction is the opposite of the last shot's
 * with one set, with no neutral shot (toward or away from camera) between them. Shots
 * without a screen direction are not judged.
 */
export const findLineCrossings = (shots: readonly ContinuityShot[]): ContinuityFinding[] => {
  const findings: ContinuityFinding[] = [];
  let last: ContinuityShot | null = null;
  for (const shot of shots) {
    if (isNeutral(shot.screenDirection)) {
      last = null;
      continue;
    }
    if (!(shot.screenDirection in opposite)) continue;
    if (last && opposite[last.screenDirection] === shot.screenDirection) {
      findings.push({
        code: 'LINE_CROSSING',
        severity: continuitySeverityOf.LINE_CROSSING,
        message: `${shot.label} moves ${directionLabel[shot.screenDirection]} after ${last.label} moved ${directionLabel[last.screenDirection]}: it crosses the 180° line. Add a neutral shot between them or keep the direction.`,
        nodeIds: [shot.id, last.id],
      });
    }
    last = shot;
  }
  return findings;
};
