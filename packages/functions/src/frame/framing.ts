import type { ShotFields } from '@pc/graph';

/**
 * How big a standing figure is for each shot size, so the frame's height shows what the
 * size names: ECU the eyes, CU head and shoulders, MCU chest up, MS waist up, MWS knees
 * up, FS the whole body with headroom, WS a figure a third of the frame, EWS a tenth.
 * `height` is the body height and `top` the top of the head, both in frame heights.
 */
export const figureScale: Record<Exclude<ShotFields['shotSize'], 'INSERT'>, { height: number; top: number }> = {
  ECU: { height: 14, top: -0.34 },
  CU: { height: 4.6, top: 0.08 },
  MCU: { height: 3.07, top: 0.08 },
  MS: { height: 1.8, top: 0.1 },
  MWS: { height: 1.25, top: 0.1 },
  FS: { height: 0.8, top: 0.1 },
  WS: { height: 1 / 3, top: 0.75 - 1 / 3 },
  EWS: { height: 0.1, top: 0.6 },
};

/**
 * Where the horizon sits, as a fraction of the frame height from the top, or null when
 * the camera looks straight down. A high angle looks down, so the horizon rides high;
 * a low angle pushes it low; dutch keeps it centred and tilts it.
 */
export const horizonFor: Record<ShotFields['angle'], { y: number; tilt: number } | null> = {
  eye: { y: 0.5, tilt: 0 },
  high: { y: 0.25, tilt: 0 },
  low: { y: 0.75, tilt: 0 },
  worms_eye: { y: 0.9, tilt: 0 },
  overhead: null,
  dutch: { y: 0.5, tilt: -12 },
};

/** Lead room: a figure moving left to right sits left of its slot, and the reverse. */
const directionShift: Record<ShotFields['screenDirection'], number> = {
  none: 0, left_to_right: -0.06, right_to_left: 0.06, toward_camera: 0, away_from_camera: 0,
};

/** Horizontal centres of `count` figures: evenly spread (thirds for two), shifted for lead room. */
export const figureCentres = (count: number, width: number, direction: ShotFields['screenDirection']): number[] =>
  Array.from({ length: count }, (_, i) => width * ((i + 1) / (count + 1) + directionShift[direction]));

/** The frame's size in drawing units: the long edge is 960. */
export const frameSize = (aspect: ShotFields['aspect']): { width: number; height: number } => {
  const ratio = Number(aspect);
  return ratio >= 1 ? { width: 960, height: Math.round(960 / ratio) } : { width: Math.round(960 * ratio), height: 960 };
};
