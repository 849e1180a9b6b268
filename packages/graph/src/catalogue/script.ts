import { z } from 'zod';
import { choice, commonFields, FIELD_LIMITS, longText, text } from '../fields.js';
import { defineNodeType } from './types.js';

export const scriptFormats = ['fountain'] as const;
/** `sync` updates the graph's Scenes, Characters and Locations in place; `create` only adds. */
export const scriptImportModes = ['sync', 'create'] as const;

export const scriptFields = z.strictObject({
  ...commonFields,
  title: text({ title: 'Title', description: 'From the title page.' }),
  format: choice(scriptFormats, 'fountain', { title: 'Format' }),
  source: longText({ title: 'Screenplay', description: 'The whole script, in Fountain.' }, 'script', FIELD_LIMITS.screenplay),
  importMode: choice(scriptImportModes, 'sync', {
    title: 'Import mode',
    description: 'Sync: re-importing updates scenes in place and keeps your additions. Create: only adds what is new.',
  }),
});

export type ScriptFields = z.infer<typeof scriptFields>;

export const scriptNode = defineNodeType({
  type: 'script',
  label: 'Script',
  description: 'The screenplay the scenes, characters and locations were imported from.',
  accent: '#8a8f98',
  fields: scriptFields,
  fieldGroups: [
    { title: 'Script', fields: ['title', 'name', 'format', 'importMode', 'source'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['title', 'format'],
  inputs: [],
  outputs: [{ name: 'report', label: 'Report', dataType: 'Report' }],
  functions: ['scriptReport'],
});
