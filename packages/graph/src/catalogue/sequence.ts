import { z } from 'zod';
import { choice, commonFields, prose } from '../fields.js';
import { defineNodeType } from './types.js';

export const sequenceKinds = ['sequence', 'act', 'episode'] as const;

export const sequenceFields = z.strictObject({
  ...commonFields,
  kind: choice(sequenceKinds, 'sequence', { title: 'Kind' }),
  number: z
    .string()
    .regex(/^[0-9A-Za-z.-]{0,12}$/, 'A number such as 3, 2B or IV')
    .default('')
    .meta({ title: 'Number', 'x-widget': 'text' }),
  order: z.number().int().min(0).max(100_000).default(0).meta({ title: 'Order', 'x-widget': 'number' }),
  synopsis: prose({ title: 'Synopsis' }),
});

export type SequenceFields = z.infer<typeof sequenceFields>;

export const sequenceNode = defineNodeType({
  type: 'sequence',
  label: 'Sequence',
  description: 'An ordered group of scenes (a sequence, an act, an episode) with its page count and runtime.',
  accent: '#5b7fd0',
  fields: sequenceFields,
  fieldGroups: [
    { title: 'Sequence', fields: ['kind', 'number', 'name', 'order', 'synopsis'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['kind', 'synopsis'],
  inputs: [{ name: 'scenes', label: 'Scenes', dataType: 'SceneRef', multiple: true, description: 'Its scenes, ordered by their Order.' }],
  outputs: [{ name: 'sequence', label: 'Sequence', dataType: 'SequenceRef' }],
  functions: ['sequenceSummary'],
});
