import type { ShotFields } from '@pc/graph';
import { num } from '../format.js';
import { angleCaptions, formatLens, movementCaptions } from '../shot/vocabulary.js';

/**
 * The caption strip's first line, in storyboard shorthand:
 * "SC 12 SH 12A MCU LOW 35mm PUSH IN 2.5s ANNA, BEN". Blank numbers are left out.
 */
export const formatCaption = (
  shot: Pick<ShotFields, 'shotNumber' | 'shotSize' | 'angle' | 'lensMm' | 'movement'>,
  sceneNumber: string,
  seconds: number,
  names: readonly string[],
): string =>
  [
    sceneNumber && `SC ${sceneNumber}`,
    shot.shotNumber && `SH ${shot.shotNumber}`,
    shot.shotSize,
    angleCaptions[shot.angle],
    formatLens(shot.lensMm),
    movementCaptions[shot.movement],
    `${num(seconds, 1)}s`,
    names.join(', '),
  ]
    .filter((part) => part !== '')
    .join(' ');
