import { createNode, GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphEdge, type GraphNode } from '@pc/graph';

/*
 * Test builders in the vocabulary of a script breakdown ("cast ANNA in scene 12"), so
 * specifications read like the product. Not exported from the package.
 */

export const character = (id: string, name = id.toUpperCase(), position = { x: 0, y: 0 }): GraphNode =>
  createNode('character', { id, position, data: { name } });

export const scene = (id: string, sceneNumber: string, position = { x: 400, y: 0 }): GraphNode =>
  createNode('scene', { id, position, data: { sceneNumber } });

export const shot = (id: string, shotNumber: string, position = { x: 800, y: 0 }): GraphNode =>
  createNode('shot', { id, position, data: { shotNumber } });

const link = (id: string, source: string, sourceHandle: string, target: string, targetHandle: string): GraphEdge => ({
  id,
  source,
  sourceHandle,
  target,
  targetHandle,
});

/** Character → Scene cast. */
export const cast = (characterId: string, sceneId: string, id = `cast_${characterId}_${sceneId}`) =>
  link(id, characterId, 'character', sceneId, 'characters');
/** Scene → Shot. */
export const cover = (sceneId: string, shotId: string, id = `cover_${sceneId}_${shotId}`) => link(id, sceneId, 'scene', shotId, 'scene');
/** Character → Shot, in frame. */
export const frame = (characterId: string, shotId: string, id = `frame_${characterId}_${shotId}`) =>
  link(id, characterId, 'character', shotId, 'characters');

export const graphOf = (nodes: GraphNode[], edges: GraphEdge[] = []): GraphDocument => ({ schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges });

/**
 * Scene 12 with ANNA and BEN cast, Shot 12A covering it and showing ANNA; CARL is cast
 * nowhere; Scene 14 has no cast. A valid graph.
 */
export const scene12 = (): GraphDocument =>
  graphOf(
    [
      character('anna', 'ANNA', { x: 0, y: 0 }),
      character('ben', 'BEN', { x: 0, y: 200 }),
      character('carl', 'CARL', { x: 0, y: 400 }),
      scene('sc12', '12', { x: 400, y: 0 }),
      scene('sc14', '14', { x: 400, y: 300 }),
      shot('sh12a', '12A', { x: 800, y: 0 }),
    ],
    [cast('anna', 'sc12'), cast('ben', 'sc12'), cover('sc12', 'sh12a'), frame('anna', 'sh12a')],
  );
