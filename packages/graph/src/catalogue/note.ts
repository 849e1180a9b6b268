import { z } from 'zod';
import { commonFields, longText } from '../fields.js';
import { defineNodeType } from './types.js';

export const noteFields = z.strictObject({
  ...commonFields,
  text: longText({ title: 'Note', description: 'Free text pinned to the canvas.' }),
});

export type NoteFields = z.infer<typeof noteFields>;

/** An annotation: no ports and no function, so it never runs and never blocks a run. */
export const noteNode = defineNodeType({
  type: 'note',
  label: 'Note',
  description: 'A note on the canvas for the team: a reminder, a question, a decision.',
  accent: '#d8c25a',
  fields: noteFields,
  fieldGroups: [{ title: 'Note', fields: ['name', 'text', 'status', 'tags', 'color'] }],
  summaryFields: [],
  inputs: [],
  outputs: [],
  functions: [],
});
