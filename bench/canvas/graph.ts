import { GRAPH_SCHEMA_VERSION, type GraphDocument } from '../../packages/graph/src/index.js';

/**
 * The bench breakdown: 1,000 nodes (200 characters, 200 scenes, 600 shots) and 1,000
 * links (two characters cast into each scene, a character in two scenes; each shot in
 * its scene), laid out as a grid of scene groups, so panning crosses nodes and links everywhere.
 */
export const buildBenchGraph = (): GraphDocument => {
  const nodes: GraphDocument['nodes'] = [];
  const edges: GraphDocument['edges'] = [];
  const columns = 10;
  for (let s = 0; s < 200; s++) {
    const originX = (s % columns) * 1500;
    const originY = Math.floor(s / columns) * 620;
    const scene = `sc${s}`;
    nodes.push({ id: scene, type: 'scene', position: { x: originX + 380, y: originY }, data: { sceneNumber: String(s + 1) } });
    nodes.push({ id: `ch${s}`, type: 'character', position: { x: originX, y: originY + 150 }, data: { name: `CHARACTER ${s + 1}` } });
    for (const c of [s, (s + 1) % 200]) {
      edges.push({ id: `cast${s}-${c}`, source: `ch${c}`, sourceHandle: 'character', target: scene, targetHandle: 'characters' });
    }
    for (let k = 0; k < 3; k++) {
      const id = `sh${s * 3 + k}`;
      nodes.push({ id, type: 'shot', position: { x: originX + 760, y: originY + k * 200 }, data: { shotNumber: `${s + 1}${'ABC'[k]}` } });
      edges.push({ id: `in${s}-${k}`, source: scene, sourceHandle: 'scene', target: id, targetHandle: 'scene' });
    }
  }
  return { schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges };
};
