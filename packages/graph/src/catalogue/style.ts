import { z } from 'zod';
import { commonFields, FIELD_LIMITS, prose } from '../fields.js';
import { defineNodeType } from './types.js';

const palette = z
  .array(z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use hex colours such as #1b2a41'))
  .max(32)
  .default([])
  .meta({ title: 'Palette', description: 'Key colours, as hex.', 'x-widget': 'tags' });

export const styleFields = z.strictObject({
  ...commonFields,
  prefix: prose({ title: 'Prompt prefix', description: 'Opens every prompt this style governs: medium, grade, era.' }),
  negative: prose({ title: 'Negative prompt', description: 'What this look must never contain.' }),
  palette,
  referenceNotes: prose({ title: 'References', description: 'Films, photographers, paintings this look borrows from.' }, FIELD_LIMITS.mediumText),
});

export type StyleFields = z.infer<typeof styleFields>;

export const styleNode = defineNodeType({
  type: 'style',
  label: 'Style',
  description: 'A visual look: the prompt prefix, negative and palette shared by scenes and shots.',
  accent: '#a46ad6',
  fields: styleFields,
  fieldGroups: [
    { title: 'Look', fields: ['name', 'prefix', 'negative', 'palette', 'referenceNotes'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['prefix'],
  inputs: [],
  outputs: [{ name: 'style', label: 'Style', dataType: 'StyleRef' }],
  functions: ['styleGuide'],
});
