import { z } from 'zod';
import { choice, commonFields, MAX_SEED, optionalInt, prose, text, list } from '../fields.js';
import { defineNodeType } from './types.js';

export const characterRoles = ['lead', 'supporting', 'minor', 'background'] as const;

const appearance = z
  .strictObject({
    build: text({ title: 'Build' }),
    height: text({ title: 'Height' }),
    skinTone: text({ title: 'Skin tone' }),
    face: text({ title: 'Face' }),
    eyes: text({ title: 'Eyes' }),
    hair: text({ title: 'Hair' }),
    marks: text({ title: 'Distinguishing marks' }),
  })
  .prefault({})
  .meta({ title: 'Appearance', 'x-widget': 'group' });

export const characterFields = z.strictObject({
  ...commonFields,
  name: text({ title: 'Name', description: 'Canonical name as it appears in the script, in UPPERCASE.' }),
  aliases: list({ title: 'Aliases', description: 'Other names the script uses for this character.' }),
  role: choice(characterRoles, 'supporting', { title: 'Role' }),
  age: text({ title: 'Age' }),
  gender: text({ title: 'Gender' }),
  pronouns: text({ title: 'Pronouns' }),
  appearance,
  identityBlock: prose({
    title: 'Identity block',
    description: 'The exact text injected into every prompt. Blank: built from the appearance.',
  }),
  personality: prose({ title: 'Personality' }),
  bio: prose({ title: 'Biography' }),
  voice: text({ title: 'Voice' }),
  actor: text({ title: 'Actor' }),
  negative: prose({ title: 'Negative prompt', description: 'What must never appear for this character.' }),
  seed: optionalInt({ title: 'Seed', description: 'Blank: derived from the node id.' }, 0, MAX_SEED),
});

export type CharacterFields = z.infer<typeof characterFields>;

export const characterNode = defineNodeType({
  type: 'character',
  label: 'Character',
  description: 'A person in the story: the identity every prompt and sheet reuses.',
  accent: '#e0795b',
  fields: characterFields,
  fieldGroups: [
    { title: 'Identity', fields: ['name', 'aliases', 'role', 'age', 'gender', 'pronouns', 'actor'] },
    { title: 'Look', fields: ['appearance', 'identityBlock', 'negative', 'seed'] },
    { title: 'Story', fields: ['personality', 'bio', 'voice'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['role', 'age', 'actor'],
  inputs: [],
  outputs: [{ name: 'character', label: 'Character', dataType: 'CharacterRef' }],
  functions: ['characterSheet'],
});
