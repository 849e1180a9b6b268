import type { ShotFields } from '@pc/graph';
import { num } from '../format.js';

type Size = ShotFields['shotSize'];
type Kind = ShotFields['shotType'];
type Angle = ShotFields['angle'];
type Movement = ShotFields['movement'];

/**
 * Camera language: how each catalogue value reads in a prompt, and its short form on a
 * storyboard caption. Changing a phrase changes prompts: bump `compileShotPrompt` (and
 * `storyboardFrame` for captions).
 */
export const shotSizePhrases: Record<Size, string> = {
  EWS: 'extreme wide shot', WS: 'wide shot', FS: 'full shot', MWS: 'medium wide shot', MS: 'medium shot',
  MCU: 'medium close-up', CU: 'close-up', ECU: 'extreme close-up', INSERT: 'insert shot',
};

export const shotTypePhrases: Record<Kind, string> = {
  single: 'single', 'two-shot': 'two-shot', 'three-shot': 'three-shot', group: 'group shot',
  OTS: 'over-the-shoulder shot', POV: 'point-of-view shot', reaction: 'reaction shot', insert: 'insert',
  cutaway: 'cutaway', establishing: 'establishing shot', master: 'master shot', aerial: 'aerial shot',
};

export const anglePhrases: Record<Angle, string> = {
  eye: 'eye-level', high: 'high angle', low: 'low angle', overhead: "overhead bird's-eye view",
  worms_eye: "worm's-eye view", dutch: 'dutch angle',
};

export const movementPhrases: Record<Movement, string> = {
  static: 'static locked-off camera', pan_left: 'slow pan left', pan_right: 'slow pan right', tilt_up: 'slow tilt up',
  tilt_down: 'slow tilt down', dolly_in: 'slow dolly in', dolly_out: 'slow dolly out', truck_left: 'tracking left',
  truck_right: 'tracking right', zoom_in: 'slow zoom in', zoom_out: 'slow zoom out', crane_up: 'crane up',
  crane_down: 'crane down', arc: 'arc shot orbiting the subject', handheld: 'handheld camera',
  steadicam: 'smooth steadicam', whip_pan: 'whip pan', drone: 'aerial drone shot',
};

export const angleCaptions: Record<Angle, string> = {
  eye: 'EYE', high: 'HIGH', low: 'LOW', overhead: 'OVERHEAD', worms_eye: "WORM'S EYE", dutch: 'DUTCH',
};

export const movementCaptions: Record<Movement, string> = {
  static: 'STATIC', pan_left: 'PAN L', pan_right: 'PAN R', tilt_up: 'TILT UP', tilt_down: 'TILT DOWN',
  dolly_in: 'PUSH IN', dolly_out: 'PULL OUT', truck_left: 'TRUCK L', truck_right: 'TRUCK R', zoom_in: 'ZOOM IN',
  zoom_out: 'ZOOM OUT', crane_up: 'CRANE UP', crane_down: 'CRANE DOWN', arc: 'ARC', handheld: 'HANDHELD',
  steadicam: 'STEADICAM', whip_pan: 'WHIP PAN', drone: 'DRONE',
};

// Full-frame equivalent focal lengths and how they render a scene.
const FOCAL_BANDS: readonly [number, string][] = [
  [16, 'fisheye ultra-wide perspective'],
  [24, 'ultra-wide-angle perspective'],
  [35, 'wide-angle perspective'],
  [45, 'moderate wide-angle perspective'],
  [65, 'natural perspective'],
  [110, 'short telephoto compression'],
  [300, 'telephoto compression'],
];

/** How a focal length renders: "35mm" is a moderate wide angle, "85mm" a short telephoto. */
export const describeFocalLength = (lensMm: number): string =>
  FOCAL_BANDS.find(([below]) => lensMm < below)?.[1] ?? 'super-telephoto compression';

/** "35mm", "27.5mm". */
export const formatLens = (lensMm: number): string => `${num(lensMm, 1)}mm`;
