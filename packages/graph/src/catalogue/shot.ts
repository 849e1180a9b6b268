import { z } from 'zod';
import { choice, commonFields, longText, MAX_SEED, optionalInt, optionalNumber, prose, text } from '../fields.js';
import { shotNumberPattern } from './production-numbers.js';
import { defineNodeType } from './types.js';

export const shotSizes = ['EWS', 'WS', 'FS', 'MWS', 'MS', 'MCU', 'CU', 'ECU', 'INSERT'] as const;
export const shotTypes = [
  'single', 'two-shot', 'three-shot', 'group', 'OTS', 'POV', 'reaction', 'insert', 'cutaway', 'establishing', 'master', 'aerial',
] as const;
export const cameraAngles = ['eye', 'high', 'low', 'overhead', 'worms_eye', 'dutch'] as const;
export const cameraMovements = [
  'static', 'pan_left', 'pan_right', 'tilt_up', 'tilt_down', 'dolly_in', 'dolly_out', 'truck_left', 'truck_right',
  'zoom_in', 'zoom_out', 'crane_up', 'crane_down', 'arc', 'handheld', 'steadicam', 'whip_pan', 'drone',
] as const;
/** Width ÷ height; 0.5625 is 9:16 vertical video. */
export const aspectRatios = ['2.39', '1.85', '1.78', '1.33', '1.00', '0.5625'] as const;
export const screenDirections = ['none', 'left_to_right', 'right_to_left', 'toward_camera', 'away_from_camera'] as const;

/** "12A", "110A.1B": the scene number then a letter; letters I and O are skipped on set. */
export { shotNumberPattern };

export const shotFields = z.strictObject({
  ...commonFields,
  shotNumber: z
    .string()
    .regex(shotNumberPattern, 'A shot number is the scene number and a letter, such as 12A (no I or O)')
    .default('')
    .meta({ title: 'Shot number', 'x-widget': 'text' }),
  order: z.number().int().min(0).max(100_000).default(0).meta({ title: 'Order', 'x-widget': 'number' }),
  description: prose({ title: 'Description' }),
  action: longText({ title: 'Action', description: 'What happens in frame; feeds the prompt.' }),
  shotSize: choice(shotSizes, 'MS', { title: 'Shot size' }),
  shotType: choice(shotTypes, 'single', { title: 'Shot type' }),
  angle: choice(cameraAngles, 'eye', { title: 'Angle' }),
  movement: choice(cameraMovements, 'static', { title: 'Movement' }),
  lensMm: z.number().min(4).max(1200).default(35).meta({ title: 'Lens (mm)', 'x-widget': 'number' }),
  aspect: choice(aspectRatios, '2.39', { title: 'Aspect ratio' }),
  durationS: optionalNumber({ title: 'Duration (s)', description: 'Blank: from its action (200 ms a word); with none, from what it covers of its scene — a master the whole scene, a shot of speakers their lines, anything else 2 s.' }, 0.1, 3_600),
  composition: text({ title: 'Composition' }),
  lighting: text({ title: 'Lighting' }),
  mood: text({ title: 'Mood' }),
  screenDirection: choice(screenDirections, 'none', { title: 'Screen direction' }),
  seed: optionalInt({ title: 'Seed', description: 'Blank: derived from the node id.' }, 0, MAX_SEED),
});

export type ShotFields = z.infer<typeof shotFields>;

export const shotNode = defineNodeType({
  type: 'shot',
  label: 'Shot',
  description: 'One camera setup: framing, movement and action, compiled into a prompt and a frame.',
  accent: '#3fb68b',
  fields: shotFields,
  fieldGroups: [
    { title: 'Shot', fields: ['shotNumber', 'order', 'name', 'description', 'action'] },
    { title: 'Camera', fields: ['shotSize', 'shotType', 'angle', 'movement', 'lensMm', 'aspect', 'durationS', 'screenDirection'] },
    { title: 'Look', fields: ['composition', 'lighting', 'mood', 'seed'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['shotSize', 'angle', 'movement', 'lensMm'],
  inputs: [
    { name: 'scene', label: 'Scene', dataType: 'SceneRef', required: true, description: 'The scene this shot covers.' },
    {
      name: 'characters',
      label: 'In frame',
      dataType: 'CharacterRef',
      multiple: true,
      description: 'Characters in frame; each must be cast in the shot’s scene.',
    },
    {
      name: 'location',
      label: 'Location',
      dataType: 'LocationRef',
      description: 'Overrides the scene’s location for this shot (an insert shot elsewhere).',
    },
    { name: 'style', label: 'Style', dataType: 'StyleRef', description: 'The look of this shot; wins over the scene’s.' },
    { name: 'props', label: 'Props', dataType: 'PropRef', multiple: true, description: 'Props in frame (the subject of an insert).' },
    { name: 'camera', label: 'Camera', dataType: 'CameraRef', description: 'The camera package: sensor and frame rate.' },
    { name: 'dialogue', label: 'Dialogue', dataType: 'DialogueLine', multiple: true, description: 'The lines this shot covers.' },
  ],
  outputs: [
    { name: 'shot', label: 'Shot', dataType: 'ShotRef' },
    { name: 'prompt', label: 'Prompt', dataType: 'CompiledPrompt' },
    { name: 'frame', label: 'Frame', dataType: 'ImageAsset' },
  ],
  functions: ['compileShotPrompt', 'storyboardFrame', 'shotRef'],
});
