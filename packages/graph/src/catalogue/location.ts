import { z } from 'zod';
import { choice, commonFields, MAX_SEED, optionalInt, prose, text } from '../fields.js';
import { intExtValues } from './scene.js';
import { defineNodeType } from './types.js';

export const locationFields = z.strictObject({
  ...commonFields,
  name: text({
    title: 'Name',
    description: 'Canonical name as scene headings write it, in UPPERCASE, without the time of day (KITCHEN).',
  }),
  parent: text({
    title: 'Part of',
    description: 'The name of the larger location this one belongs to (HOUSE for HOUSE - KITCHEN); blank for none.',
  }),
  intExt: choice(intExtValues, 'INT', { title: 'INT / EXT' }),
  description: prose({ title: 'Description', description: 'What the place looks like; feeds every prompt set here.' }),
  timeOfDayNotes: prose({ title: 'Time of day notes', description: 'How the place changes from day to night.' }),
  lookNotes: prose({ title: 'Look notes', description: 'Light, colour and texture of the place.' }),
  address: text({ title: 'Set / address', description: 'The stage, set or real address where it is shot.' }),
  seed: optionalInt({ title: 'Seed', description: 'Blank: derived from the node id.' }, 0, MAX_SEED),
});

export type LocationFields = z.infer<typeof locationFields>;

export const locationNode = defineNodeType({
  type: 'location',
  label: 'Location',
  description: 'A place the story happens: the setting every scene and shot there shares.',
  accent: '#c9a23f',
  fields: locationFields,
  fieldGroups: [
    { title: 'Place', fields: ['name', 'parent', 'intExt', 'address'] },
    { title: 'Look', fields: ['description', 'timeOfDayNotes', 'lookNotes', 'seed'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['intExt', 'description'],
  // The parent is a name, not an input port: a Location → Location port would let the
  // catalogue loop, and the canvas would then search every graph for cycles (packages/document).
  inputs: [],
  outputs: [{ name: 'location', label: 'Location', dataType: 'LocationRef' }],
  functions: ['locationSheet'],
});
