import { z } from 'zod';
import { choice, commonFields } from '../fields.js';
import { continuitySeverities } from '../continuity/finding.js';
import { defineNodeType } from './types.js';

export const continuityCheckFields = z.strictObject({
  ...commonFields,
  minimumSeverity: choice(continuitySeverities, 'info', {
    title: 'Report from',
    description: 'Leave out findings below this severity.',
  }),
});

export type ContinuityCheckFields = z.infer<typeof continuityCheckFields>;

export const continuityCheckNode = defineNodeType({
  type: 'continuityCheck',
  label: 'Continuity Check',
  description: 'Checks coverage and continuity: casting, speakers on screen, masters, shot numbers, jump cuts, the 180° line, wardrobe.',
  accent: '#d64f6a',
  fields: continuityCheckFields,
  fieldGroups: [{ title: 'Check', fields: ['name', 'minimumSeverity', 'status', 'tags', 'color', 'notes'] }],
  summaryFields: ['minimumSeverity'],
  inputs: [
    { name: 'scenes', label: 'Scenes', dataType: 'SceneRef', multiple: true, description: 'The scenes to check.' },
    { name: 'shots', label: 'Shots', dataType: 'ShotRef', multiple: true, description: 'Their shots.' },
  ],
  outputs: [{ name: 'report', label: 'Report', dataType: 'Report' }],
  functions: ['checkContinuity'],
});
