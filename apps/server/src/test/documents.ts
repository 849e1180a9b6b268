import type { GraphDocument } from '@pc/graph';

/*
 * Documents in the vocabulary of a script breakdown, for the API suites.
 */

const at = (x: number) => ({ x, y: 0 });

/** MARA cast in the harbour scene, and shot 1A of that scene: valid and complete. */
export const harbourScene = (): GraphDocument => ({
  schemaVersion: 1,
  nodes: [
    { id: 'mara', type: 'character', position: at(0), data: { name: 'Mara' } },
    { id: 'sc1', type: 'scene', position: at(300), data: { name: 'Harbour at dawn' } },
    { id: 'sh1a', type: 'shot', position: at(600), data: { shotNumber: '1A', lensMm: 35 } },
  ],
  edges: [
    { id: 'cast-mara', source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
    { id: 'cover-1a', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' },
  ],
});

/** A shot not yet attached to a scene: unfinished, but saveable. */
export const loneShot = (): GraphDocument => ({
  schemaVersion: 1,
  nodes: [{ id: 'sh2a', type: 'shot', position: at(0), data: { shotNumber: '2A' } }],
  edges: [],
});

/** The harbour scene with a lens no camera has. */
export const impossibleLens = (): GraphDocument => {
  const document = harbourScene();
  document.nodes[2]!.data['lensMm'] = 5000;
  return document;
};

/** The harbour scene with its shot wired back into its scene. */
export const shotFeedingItsScene = (): GraphDocument => {
  const document = harbourScene();
  document.edges.push({ id: 'loop', source: 'sh1a', sourceHandle: 'shot', target: 'sc1', targetHandle: 'characters' });
  return document;
};

/** A node type this version does not know. */
export const unknownNodeType = (): GraphDocument => ({
  schemaVersion: 1,
  nodes: [{ id: 'loc1', type: 'matte_painting', position: at(0), data: {} }],
  edges: [],
});

/** The harbour scene covered by `shots` more shots: over the compression threshold, and a run with many jobs. */
export const sceneCoverage = (shots: number): GraphDocument => {
  const document = harbourScene();
  for (let index = 0; index < shots; index += 1) {
    document.nodes.push({ id: `shot-${index}`, type: 'shot', position: { x: 900, y: index * 200 }, data: { shotNumber: `${index + 2}A` } });
    document.edges.push({ id: `cover-${index}`, source: 'sc1', sourceHandle: 'scene', target: `shot-${index}`, targetHandle: 'scene' });
  }
  return document;
};
