import { z } from 'zod';
import { choice, commonFields, prose, text } from '../fields.js';
import { defineNodeType } from './types.js';

/** Character cue extensions: voice-over, off-screen, off-camera, continued. */
export const dialogueExtensions = ['', 'V.O.', 'O.S.', 'O.C.', "CONT'D"] as const;

export const dialogueFields = z.strictObject({
  ...commonFields,
  order: z.number().int().min(0).max(100_000).default(0).meta({ title: 'Order', description: 'Its place in the scene.', 'x-widget': 'number' }),
  extension: choice(dialogueExtensions, '', { title: 'Extension', description: 'V.O., O.S. … as written after the cue.' }),
  parenthetical: text({ title: 'Parenthetical', description: 'How it is said: (quietly).' }),
  text: prose({ title: 'Line', description: 'What the character says.' }),
});

export type DialogueFields = z.infer<typeof dialogueFields>;

export const dialogueNode = defineNodeType({
  type: 'dialogue',
  label: 'Dialogue',
  description: 'One speech by one character in a scene; shots that cover it take it as input.',
  accent: '#d98c5f',
  fields: dialogueFields,
  fieldGroups: [
    { title: 'Line', fields: ['text', 'parenthetical', 'extension', 'order', 'name'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['extension', 'parenthetical'],
  inputs: [
    { name: 'speaker', label: 'Speaker', dataType: 'CharacterRef', required: true, description: 'Who says it.' },
    { name: 'scene', label: 'Scene', dataType: 'SceneRef', description: 'The scene it is said in.' },
  ],
  outputs: [{ name: 'line', label: 'Line', dataType: 'DialogueLine' }],
  functions: ['dialogueLine'],
});
