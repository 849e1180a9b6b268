import type { GraphDocument, GraphEdge, GraphNode } from '../document.js';
import { GRAPH_SCHEMA_VERSION } from '../document.js';
import { createNode } from '../factory.js';

/*
 * Test builders in the vocabulary of a script breakdown, so specifications read like
 * "cast ANNA in scene 12". Not exported from the package.
 */

const origin = { x: 0, y: 0 };

export const character = (id: string, name = id.toUpperCase()): GraphNode =>
  createNode('character', { id, position: origin, data: { name } });

export const scene = (id: string, sceneNumber: string): GraphNode =>
  createNode('scene', { id, position: origin, data: { sceneNumber } });

export const shot = (id: string, shotNumber: string): GraphNode =>
  createNode('shot', { id, position: origin, data: { shotNumber } });

export const link = (source: string, sourceHandle: string, target: string, targetHandle: string, id?: string): GraphEdge => ({
  id: id ?? `${source}-${sourceHandle}-${target}-${targetHandle}`.replace(/[^A-Za-z0-9_-]/g, '_'),
  source,
  sourceHandle,
  target,
  targetHandle,
});

/** Character → Scene cast. */
export const cast = (characterId: string, sceneId: string, id?: string) => link(characterId, 'character', sceneId, 'characters', id);
/** Scene → Shot. */
export const cover = (sceneId: string, shotId: string, id?: string) => link(sceneId, 'scene', shotId, 'scene', id);
/** Character → Shot in frame. */
export const frame = (characterId: string, shotId: string, id?: string) => link(characterId, 'character', shotId, 'characters', id);

export const graphOf = (nodes: GraphNode[], edges: GraphEdge[] = []): GraphDocument => ({
  schemaVersion: GRAPH_SCHEMA_VERSION,
  nodes,
  edges,
});

/** Scene 12 with ANNA cast and Shot 12A showing her; BEN exists but is cast nowhere. A valid graph. */
export const scene12 = (): GraphDocument =>
  graphOf(
    [character('anna'), character('ben'), scene('sc12', '12'), shot('sh12a', '12A')],
    [cast('anna', 'sc12'), cover('sc12', 'sh12a'), frame('anna', 'sh12a')],
  );
