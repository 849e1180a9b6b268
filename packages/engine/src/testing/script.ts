import { createNode, GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphEdge, type GraphNode } from '@pc/graph';

/*
 * Graph builders in the words of a script breakdown, for the engine's specs and bench:
 * "cast ANNA in scene 1", "shot 1A covers scene 1".
 */

const origin = { x: 0, y: 0 };

export const character = (id: string, data: Record<string, unknown> = {}): GraphNode =>
  createNode('character', { id, position: origin, data: { name: id.toUpperCase(), ...data } });
export const scene = (id: string, sceneNumber: string): GraphNode => createNode('scene', { id, position: origin, data: { sceneNumber } });
export const shot = (id: string, shotNumber: string, data: Record<string, unknown> = {}): GraphNode =>
  createNode('shot', { id, position: origin, data: { shotNumber, ...data } });

const link = (source: string, sourceHandle: string, target: string, targetHandle: string): GraphEdge => ({
  id: `${source}-${target}-${targetHandle}`,
  source,
  sourceHandle,
  target,
  targetHandle,
});
/** Character → Scene. */
export const cast = (characterId: string, sceneId: string) => link(characterId, 'character', sceneId, 'characters');
/** Scene → Shot. */
export const cover = (sceneId: string, shotId: string) => link(sceneId, 'scene', shotId, 'scene');
/** Character → Shot. */
export const frame = (characterId: string, shotId: string) => link(characterId, 'character', shotId, 'characters');

export const graphOf = (nodes: GraphNode[], edges: GraphEdge[]): GraphDocument => ({ schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges });

/** ANNA in scenes 1 and 2; shot 1A shows her in scene 1, shot 2A covers scene 2: a diamond. */
export const diamond = (): GraphDocument =>
  graphOf(
    [character('anna'), scene('sc1', '1'), scene('sc2', '2'), shot('sh1a', '1A'), shot('sh2a', '2A')],
    [cast('anna', 'sc1'), cast('anna', 'sc2'), cover('sc1', 'sh1a'), frame('anna', 'sh1a'), cover('sc2', 'sh2a')],
  );

/**
 * A feature-length breakdown of about `size` nodes: 5% characters, 10% scenes, the rest
 * shots; each scene casts three characters and each shot frames one of them.
 */
export const featureFilm = (size: number): GraphDocument => {
  const characters = Math.max(3, Math.round(size * 0.05));
  const scenes = Math.max(1, Math.round(size * 0.1));
  const shots = size - characters - scenes;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let c = 0; c < characters; c += 1) nodes.push(character(`char-${c}`));
  for (let s = 0; s < scenes; s += 1) {
    nodes.push(scene(`scene-${s}`, String(s + 1)));
    for (let k = 0; k < 3; k += 1) edges.push(cast(`char-${(s + k) % characters}`, `scene-${s}`));
  }
  for (let t = 0; t < shots; t += 1) {
    const s = t % scenes;
    nodes.push(shot(`shot-${t}`, `${s + 1}A`, { order: t }));
    edges.push(cover(`scene-${s}`, `shot-${t}`), frame(`char-${(s + (t % 3)) % characters}`, `shot-${t}`));
  }
  return graphOf(nodes, edges);
};

/**
 * Scene 1 covered by a master and a single, cut into a Timeline with a sound cue, listed in a
 * Shot List, broken down, checked for continuity and exported as an EDL; a Note beside it.
 */
export const productionDesk = (): GraphDocument => {
  const node = (type: Parameters<typeof createNode>[0], id: string, data: Record<string, unknown> = {}) => createNode(type, { id, position: origin, data });
  return graphOf(
    [
      character('anna'), scene('sc1', '1'), node('prop', 'letter', { name: 'THE LETTER', importance: 'hero' }),
      shot('sh1a', '1A', { shotType: 'master', shotSize: 'WS', order: 1, durationS: 2 }), shot('sh1b', '1B', { shotSize: 'CU', order: 2, durationS: 1.5 }),
      node('audio', 'rain', { kind: 'ambience', cue: 'AMB-1' }), node('timeline', 'cut'), node('shotList', 'list'), node('breakdownReport', 'bd'),
      node('continuityCheck', 'cc'), node('export', 'edl', { format: 'edl' }), node('note', 'memo', { text: 'Rain all day.' }),
    ],
    [
      cast('anna', 'sc1'), link('letter', 'prop', 'sc1', 'props'), cover('sc1', 'sh1a'), cover('sc1', 'sh1b'), frame('anna', 'sh1a'), frame('anna', 'sh1b'),
      link('sh1a', 'shot', 'rain', 'shot'), link('sh1b', 'shot', 'cut', 'shots'), link('sh1a', 'shot', 'cut', 'shots'), link('rain', 'audio', 'cut', 'audio'),
      link('sh1a', 'shot', 'list', 'shots'), link('sh1b', 'shot', 'list', 'shots'), link('sc1', 'scene', 'bd', 'scenes'), link('sc1', 'scene', 'cc', 'scenes'),
      link('sh1a', 'shot', 'cc', 'shots'), link('sh1b', 'shot', 'cc', 'shots'), link('cut', 'timeline', 'edl', 'timeline'),
    ],
  );
};
