import { z } from 'zod';
import { choice, commonFields, optionalNumber, prose, text } from '../fields.js';
import { defineNodeType } from './types.js';

export const audioKinds = ['music', 'sfx', 'vo', 'ambience'] as const;

export const audioFields = z.strictObject({
  ...commonFields,
  kind: choice(audioKinds, 'music', { title: 'Kind', description: 'Music, sound effect, voice-over or ambience.' }),
  cue: z
    .string()
    .regex(/^[0-9A-Za-z._-]{0,16}$/, 'A cue name such as 1M2 or SFX-14')
    .default('')
    .meta({ title: 'Cue', description: 'Its cue name on the spotting list (1M2, SFX-14).', 'x-widget': 'text' }),
  description: prose({ title: 'Description' }),
  source: text({ title: 'Source file', description: 'The file name of the temp track or effect.' }),
  durationS: optionalNumber({ title: 'Duration (s)', description: 'Blank: until the end of the shot it starts on.' }, 0.1, 3_600),
  startOffsetS: z
    .number()
    .min(0)
    .max(36_000)
    .default(0)
    .meta({ title: 'Start offset (s)', description: 'After the start of its shot, or of the timeline when no shot is linked.', 'x-widget': 'number' }),
});

export type AudioFields = z.infer<typeof audioFields>;

export const audioNode = defineNodeType({
  type: 'audio',
  label: 'Audio',
  description: 'A sound cue (music, effect, voice-over, ambience) placed on the timeline.',
  accent: '#c58a4a',
  fields: audioFields,
  fieldGroups: [
    { title: 'Cue', fields: ['kind', 'cue', 'name', 'description', 'source'] },
    { title: 'Timing', fields: ['startOffsetS', 'durationS'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['kind', 'cue', 'durationS'],
  inputs: [{ name: 'shot', label: 'Starts on', dataType: 'ShotRef', description: 'The shot the cue starts on.' }],
  outputs: [{ name: 'audio', label: 'Audio', dataType: 'AudioRef' }],
  functions: ['audioCue'],
});
