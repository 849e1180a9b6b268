import { createNode, GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphEdge, type GraphNode } from '@pc/graph';

const origin = { x: 0, y: 0 };
const link = (source: string, sourceHandle: string, target: string, targetHandle: string): GraphEdge => ({
  id: `${source}-${target}-${targetHandle}`,
  source,
  sourceHandle,
  target,
  targetHandle,
});

/**
 * The 10-node graph of one bench run: a Character cast in 3 Scenes, each Scene covered by
 * 2 Shots — 3 levels, 9 dependency hops. Node ids carry the run's index so the no-op
 * functions can tell the runs apart, and the name makes every cache key distinct (no
 * run is served from another's cache).
 */
export const wideGraph = (index: number): { document: GraphDocument; dependencies: Map<string, string[]> } => {
  const id = (name: string) => `r${index}-${name}`;
  const nodes: GraphNode[] = [createNode('character', { id: id('c'), position: origin, data: { name: `LEAD ${index}` } })];
  const edges: GraphEdge[] = [];
  const dependencies = new Map<string, string[]>();
  for (let s = 1; s <= 3; s += 1) {
    nodes.push(createNode('scene', { id: id(`s${s}`), position: origin, data: { sceneNumber: String(s) } }));
    edges.push(link(id('c'), 'character', id(`s${s}`), 'characters'));
    dependencies.set(id(`s${s}`), [id('c')]);
    for (const letter of ['A', 'B']) {
      const shot = id(`t${s}${letter}`);
      nodes.push(createNode('shot', { id: shot, position: origin, data: { shotNumber: `${s}${letter}` } }));
      edges.push(link(id(`s${s}`), 'scene', shot, 'scene'));
      dependencies.set(shot, [id(`s${s}`)]);
    }
  }
  return { document: { schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges }, dependencies };
};

/**
 * A feature-length breakdown of `size` nodes (as the engine's own bench): 5% characters,
 * 10% scenes casting three characters each, the rest shots covering a scene and framing
 * a character — about 2 edges per node.
 */
export const featureFilm = (size: number): GraphDocument => {
  const characters = Math.max(3, Math.round(size * 0.05));
  const scenes = Math.max(1, Math.round(size * 0.1));
  const shots = size - characters - scenes;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let c = 0; c < characters; c += 1) nodes.push(createNode('character', { id: `char-${c}`, position: origin, data: { name: `CHAR ${c}` } }));
  for (let s = 0; s < scenes; s += 1) {
    nodes.push(createNode('scene', { id: `scene-${s}`, position: origin, data: { sceneNumber: String(s + 1) } }));
    for (let k = 0; k < 3; k += 1) edges.push(link(`char-${(s + k) % characters}`, 'character', `scene-${s}`, 'characters'));
  }
  for (let t = 0; t < shots; t += 1) {
    const s = t % scenes;
    nodes.push(createNode('shot', { id: `shot-${t}`, position: origin, data: { shotNumber: `${s + 1}A`, order: t } }));
    edges.push(link(`scene-${s}`, 'scene', `shot-${t}`, 'scene'), link(`char-${(s + (t % 3)) % characters}`, 'character', `shot-${t}`, 'characters'));
  }
  return { schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges };
};
