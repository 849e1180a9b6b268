import { GRAPH_SCHEMA_VERSION, type GraphDocument } from '@pc/graph';
import { createCanvasActions } from '../canvas-actions.js';
import { createCanvas, type CanvasOptions } from '../store/canvas.js';

/** ANNA cast in Scene 12, which Shot 12A covers: the smallest connected breakdown. */
export const breakdown: GraphDocument = {
  schemaVersion: GRAPH_SCHEMA_VERSION,
  nodes: [
    { id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: { name: 'ANNA' } },
    { id: 'sc12', type: 'scene', position: { x: 400, y: 0 }, data: { sceneNumber: '12' } },
    { id: 'sh12a', type: 'shot', position: { x: 800, y: 0 }, data: { shotNumber: '12A' } },
  ],
  edges: [
    { id: 'e1', source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' },
    { id: 'e2', source: 'sc12', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' },
  ],
};

/** A canvas on `document` with its actions, as a test drives it (no React, no persistence). */
export const openCanvas = (document: GraphDocument, pointer = { x: 1000, y: 500 }, options: Pick<CanvasOptions, 'readOnly' | 'readOnlyRefusal'> = {}) => {
  const canvas = createCanvas({ graph: { id: 'g', name: 'G', revision: 1, document }, ...options });
  const actions = createCanvasActions({
    canvas,
    getConnection: () => null,
    getPointer: () => ({ screen: { x: 0, y: 0 }, flow: pointer }),
    getSizes: () => ({}),
  });
  return { canvas, actions, state: () => canvas.doc.store.getState() };
};
