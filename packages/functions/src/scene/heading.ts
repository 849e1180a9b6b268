import type { SceneFields } from '@pc/graph';
import { collapse } from '../format.js';

// A blank INT / EXT (a forced heading: MONTAGE, THE VOID) prints no prefix.
const PREFIX: Record<SceneFields['intExt'], string> = { INT: 'INT.', EXT: 'EXT.', 'INT/EXT': 'INT./EXT.', '': '' };

/**
 * The scene heading (slugline) from a Scene's fields, uppercase as scripts print it.
 *
 * @example
 * formatSceneHeading({ intExt: 'INT', locationName: 'Kitchen', timeOfDay: 'night' }) // 'INT. KITCHEN - NIGHT'
 */
export const formatSceneHeading = (scene: Pick<SceneFields, 'intExt' | 'locationName' | 'timeOfDay'>): string => {
  const location = collapse(scene.locationName).toUpperCase();
  const time = collapse(scene.timeOfDay).toUpperCase();
  return [PREFIX[scene.intExt], location, time && `- ${time}`].filter((part) => part !== '').join(' ');
};
