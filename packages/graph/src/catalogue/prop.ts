import { z } from 'zod';
import { choice, commonFields, prose, text } from '../fields.js';
import { defineNodeType } from './types.js';

/** Breakdown categories a physical element belongs to (the 1st AD's colour-coded sheet). */
export const propCategories = [
  'prop', 'wardrobe', 'set_dressing', 'vehicle', 'animal', 'weapon', 'makeup', 'special_equipment', 'other',
] as const;
/** A hero prop is handled and seen up close: it gets its own insert shot. */
export const propImportances = ['background', 'featured', 'hero'] as const;

export const propFields = z.strictObject({
  ...commonFields,
  name: text({ title: 'Name', description: 'As the breakdown lists it, such as THE LETTER or ANNA’S RED COAT.' }),
  category: choice(propCategories, 'prop', { title: 'Category', description: 'Where it goes on the breakdown sheet.' }),
  importance: choice(propImportances, 'featured', {
    title: 'Importance',
    description: 'Hero: handled and seen up close; starter coverage gives it an insert.',
  }),
  character: text({
    title: 'Worn / carried by',
    description: 'The character it belongs to (wardrobe, a personal prop), in UPPERCASE; blank for none.',
  }),
  description: prose({ title: 'Description', description: 'What it looks like; feeds insert prompts.' }),
  continuityNotes: prose({ title: 'Continuity notes', description: 'State it must be in from scene to scene (torn, half full).' }),
});

export type PropFields = z.infer<typeof propFields>;

export const propNode = defineNodeType({
  type: 'prop',
  label: 'Prop',
  description: 'A physical element of the breakdown: a prop, a piece of wardrobe, a vehicle, an animal.',
  accent: '#b07fd6',
  fields: propFields,
  fieldGroups: [
    { title: 'Element', fields: ['name', 'category', 'importance', 'character'] },
    { title: 'Look', fields: ['description', 'continuityNotes'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['category', 'importance', 'character'],
  inputs: [],
  outputs: [{ name: 'prop', label: 'Prop', dataType: 'PropRef' }],
  functions: ['propSheet'],
});
