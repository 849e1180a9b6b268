import type { ShotFields } from '@pc/graph';

/** The long edge of a generation, in pixels; both edges are multiples of 64. */
export const LONG_EDGE = 1344;
const STEP = 64;

/**
 * Generation size for an aspect ratio: the long edge is {@link LONG_EDGE}, the short one
 * the nearest multiple of 64 (at least 64).
 *
 * @example
 * generationSize('2.39') // { width: 1344, height: 576 }
 * generationSize('0.5625') // { width: 768, height: 1344 }
 */
export const generationSize = (aspect: ShotFields['aspect']): { width: number; height: number } => {
  const ratio = Number(aspect);
  const short = Math.max(STEP, Math.round(LONG_EDGE / (ratio >= 1 ? ratio : 1 / ratio) / STEP) * STEP);
  return ratio >= 1 ? { width: LONG_EDGE, height: short } : { width: short, height: LONG_EDGE };
};
