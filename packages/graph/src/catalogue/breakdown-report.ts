import { z } from 'zod';
import { commonFields } from '../fields.js';
import { defineNodeType } from './types.js';

export const breakdownReportFields = z.strictObject({ ...commonFields });

export type BreakdownReportFields = z.infer<typeof breakdownReportFields>;

export const breakdownReportNode = defineNodeType({
  type: 'breakdownReport',
  label: 'Breakdown Report',
  description: 'Per scene, its elements by category (cast, props, wardrobe, vehicles …) and the cast × scene matrix.',
  accent: '#d0694f',
  fields: breakdownReportFields,
  fieldGroups: [{ title: 'Report', fields: ['name', 'status', 'tags', 'color', 'notes'] }],
  summaryFields: [],
  inputs: [{ name: 'scenes', label: 'Scenes', dataType: 'SceneRef', multiple: true, description: 'The scenes to break down.' }],
  outputs: [{ name: 'report', label: 'Report', dataType: 'Report' }],
  functions: ['buildBreakdownReport'],
});
