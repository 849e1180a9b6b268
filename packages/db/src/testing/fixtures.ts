import type { GraphDocument } from '@pc/graph';

/** A small valid document: one character cast in one scene, one shot of that scene. */
export const castSceneShotDocument = (): GraphDocument => ({
  schemaVersion: 1,
  nodes: [
    { id: 'mara', type: 'character', position: { x: 0, y: 0 }, data: { name: 'Mara' } },
    { id: 'sc1', type: 'scene', position: { x: 300, y: 0 }, data: { name: 'Harbour at dawn' } },
    { id: 'sh1', type: 'shot', position: { x: 600, y: 0 }, data: { shotNumber: '1A' } },
  ],
  edges: [
    { id: 'e1', source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
    { id: 'e2', source: 'sc1', sourceHandle: 'scene', target: 'sh1', targetHandle: 'scene' },
  ],
});
