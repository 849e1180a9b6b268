import { z } from 'zod';
import { choice, commonFields, longText, optionalInt, prose, suggested, text } from '../fields.js';
import { sceneNumberPattern } from './production-numbers.js';
import { defineNodeType } from './types.js';

export const intExtValues = ['INT', 'EXT', 'INT/EXT'] as const;
/** A Scene's INT / EXT: blank for a heading that names neither (a forced `.MONTAGE`, `.THE VOID`): not an interior. */
export const sceneIntExtValues = [...intExtValues, ''] as const;
export const timesOfDay = [
  'DAY', 'NIGHT', 'DAWN', 'DUSK', 'MORNING', 'AFTERNOON', 'EVENING', 'CONTINUOUS', 'LATER', 'MOMENTS LATER', 'SAME',
] as const;

/** "12", "12A", "A12", "110A.1" (see production-numbers.ts); blank while unnumbered. */
export { sceneNumberPattern };

export const sceneFields = z.strictObject({
  ...commonFields,
  sceneNumber: z
    .string()
    .regex(sceneNumberPattern, 'A scene number is digits with capital letters before or after, a revision after a dot, and an act or episode before a dash, such as 12, 12A, A12, 110A.1 or I-1-A')
    .default('')
    .meta({ title: 'Scene number', 'x-widget': 'text' }),
  order: z.number().int().min(0).max(100_000).default(0).meta({ title: 'Order', 'x-widget': 'number' }),
  intExt: choice(sceneIntExtValues, 'INT', { title: 'INT / EXT' }),
  locationName: text({ title: 'Location' }),
  timeOfDay: suggested(timesOfDay, { title: 'Time of day' }),
  storyDay: optionalInt({ title: 'Story day', description: 'Which day of the story this scene happens on.' }, 1, 10_000),
  synopsis: prose({ title: 'Synopsis' }),
  scriptText: longText({ title: 'Script', description: 'The scene as a Fountain fragment: action, cues, dialogue.' }, 'script'),
  transitionOut: suggested(['CUT TO:', 'DISSOLVE TO:', 'SMASH CUT TO:', 'MATCH CUT TO:', 'FADE OUT.'], {
    title: 'Transition out',
  }),
});

export type SceneFields = z.infer<typeof sceneFields>;

export const sceneNode = defineNodeType({
  type: 'scene',
  label: 'Scene',
  description: 'One scene of the script: where, when, who, and what is said.',
  accent: '#4f8fe0',
  fields: sceneFields,
  fieldGroups: [
    { title: 'Heading', fields: ['sceneNumber', 'intExt', 'locationName', 'timeOfDay', 'storyDay', 'order'] },
    { title: 'Story', fields: ['name', 'synopsis', 'scriptText', 'transitionOut'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['synopsis'],
  inputs: [
    {
      name: 'characters',
      label: 'Cast',
      dataType: 'CharacterRef',
      multiple: true,
      description: 'Characters cast in this scene.',
    },
    { name: 'location', label: 'Location', dataType: 'LocationRef', description: 'Where the scene happens.' },
    { name: 'style', label: 'Style', dataType: 'StyleRef', description: 'The look of the scene; a Shot’s own Style wins.' },
    {
      name: 'props',
      label: 'Props',
      dataType: 'PropRef',
      multiple: true,
      description: 'Props, wardrobe and other elements of the breakdown used in this scene.',
    },
  ],
  outputs: [{ name: 'scene', label: 'Scene', dataType: 'SceneRef' }],
  functions: ['sceneBreakdown'],
});
