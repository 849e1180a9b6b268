import { z } from 'zod';
import { choice, commonFields } from '../fields.js';
import { defineNodeType } from './types.js';

/** What an Export node writes; each reads the Timeline or a report wired into it. */
export const exportFormats = [
  'csv_shot_list', 'csv_breakdown', 'pdf_storyboard', 'pdf_shot_list', 'otio', 'edl', 'json',
] as const;

export const exportFields = z.strictObject({
  ...commonFields,
  format: choice(exportFormats, 'csv_shot_list', { title: 'Format' }),
  fileName: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$|^$/, 'Letters, digits, spaces, “.”, “_” and “-”')
    .default('')
    .meta({ title: 'File name', description: 'Blank: from the node’s name; the extension is added.', 'x-widget': 'text' }),
});

export type ExportFields = z.infer<typeof exportFields>;

export const exportNode = defineNodeType({
  type: 'export',
  label: 'Export',
  description: 'A file for the crew: a CSV shot list or breakdown, a PDF, an OTIO timeline or an EDL.',
  accent: '#7d8797',
  fields: exportFields,
  fieldGroups: [
    { title: 'Export', fields: ['name', 'format', 'fileName'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['format', 'fileName'],
  inputs: [
    { name: 'timeline', label: 'Timeline', dataType: 'Timeline', description: 'For OTIO and EDL.' },
    { name: 'report', label: 'Report', dataType: 'Report', description: 'A Shot List or Breakdown Report, for CSV and PDF.' },
  ],
  outputs: [],
  functions: ['exportManifest'],
});
