import { z } from 'zod';
import { choice, commonFields } from '../fields.js';
import { defineNodeType } from './types.js';

/** Story order (scene, then shot) or grouped by camera setup (size, angle and lens) within each scene. */
export const shotListOrders = ['story', 'setup'] as const;

export const shotListFields = z.strictObject({
  ...commonFields,
  orderBy: choice(shotListOrders, 'story', {
    title: 'Order',
    description: 'Story: as cut. Setup: shots sharing size, angle and lens together, the way a day is shot.',
  }),
});

export type ShotListFields = z.infer<typeof shotListFields>;

export const shotListNode = defineNodeType({
  type: 'shotList',
  label: 'Shot List',
  description: 'The shot list: every shot with its number, size, angle, movement, lens, cast and duration.',
  accent: '#4fae7e',
  fields: shotListFields,
  fieldGroups: [
    { title: 'Shot list', fields: ['name', 'orderBy'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['orderBy'],
  inputs: [{ name: 'shots', label: 'Shots', dataType: 'ShotRef', multiple: true, description: 'The shots to list.' }],
  outputs: [{ name: 'report', label: 'Report', dataType: 'Report' }],
  functions: ['buildShotList'],
});
