import {
  GRAPH_LIMITS, normalizeNodeData, suggestStarterCoverage, type GraphEdge, type GraphNode, type Position,
} from '@pc/graph';
import { getCollaborativeTextFields } from '../model/fields.js';
import { getEdgesMap, getNodesMap } from '../model/schema.js';
import { createYNode, toEdgeValue } from '../model/write.js';
import { DEFAULT_NODE_SIZE } from './auto-layout.js';
import { describeFieldProblem, nodeTitle, plural } from './describe.js';
import { refuse, type CommandOf, type CommandPlanner } from './types.js';

/**
 * Where starter shots go: a column right of the scene (or of its rightmost shot), one grown
 * card apart. A Shot card is ≈ 324 px tall before a run and ≈ 491 after it (measured in
 * Chromium; packages/screenplay's GROWN_HEIGHT), so a column stepped by less hides each
 * shot's frame under the next once the run lands.
 */
export const COVERAGE_LAYOUT = { gapX: 380, stepY: 540, shotHeight: 500 } as const;

/** Does a grown shot at `slot` overlap a node at `node` (of the assumed size; its real one is not known here)? */
const overlaps = (slot: Position, node: Position): boolean =>
  Math.abs(slot.x - node.x) < DEFAULT_NODE_SIZE.width && node.y < slot.y + COVERAGE_LAYOUT.shotHeight && slot.y < node.y + DEFAULT_NODE_SIZE.height;

/**
 * The x of the first column, from `start` rightwards one gap at a time, where `count` shots
 * from `top` cover no other node: an imported script's grid of scenes is denser than a
 * column gap, and shots dropped on the next scene hide it.
 */
const freeColumn = (others: readonly GraphNode[], start: number, top: number, count: number): number => {
  let x = start;
  const blocked = (column: number) =>
    others.some((node) => Array.from({ length: count }, (_, index) => ({ x: column, y: top + index * COVERAGE_LAYOUT.stepY })).some((slot) => overlaps(slot, node.position)));
  while (blocked(x)) x += COVERAGE_LAYOUT.gapX;
  return x;
};

/**
 * Adds a Scene's starter coverage (packages/graph `suggestStarterCoverage`: a master,
 * singles, an OTS pair for a two-hander, inserts of hero props), numbered from the scene
 * number and wired to the scene, its characters and props, laid out in a column beside
 * it (the nearest one that covers no other node): one transaction, one undo step. The new shots become the selection.
 */
export const planAddStarterCoverage: CommandPlanner<CommandOf<'AddStarterCoverage'>> = (ydoc, command, ctx) => {
  const graph = ctx.getGraph();
  const suggestion = suggestStarterCoverage(graph, command.sceneId);
  if (!suggestion.ok) return refuse(suggestion.code, suggestion.reason);
  const { scene, shots } = suggestion;

  const nodes = getNodesMap(ydoc);
  const edges = getEdgesMap(ydoc);
  const linked = new Set(graph.edges.filter((edge) => edge.source === scene.id && edge.sourceHandle === 'scene').map((edge) => edge.target));
  const right = Math.max(scene.position.x, ...graph.nodes.filter((node) => node.type === 'shot' && linked.has(node.id)).map((node) => node.position.x));
  const column = freeColumn(graph.nodes, right + COVERAGE_LAYOUT.gapX, scene.position.y, shots.length);

  const created: GraphNode[] = [];
  const links: GraphEdge[] = [];
  for (const [index, shot] of shots.entries()) {
    const data = normalizeNodeData('shot', shot.data);
    if (!data.ok) return refuse('invalid_field', `Shot: ${describeFieldProblem('shot', data.issues)}`);
    const id = ctx.createId('shot');
    created.push({ id, type: 'shot', position: { x: column, y: scene.position.y + index * COVERAGE_LAYOUT.stepY }, data: data.data });
    const wire = (source: string, sourceHandle: string, targetHandle: string) =>
      links.push({ id: ctx.createId('e'), source, sourceHandle, target: id, targetHandle });
    wire(scene.id, 'scene', 'scene');
    for (const characterId of shot.characterIds) wire(characterId, 'character', 'characters');
    for (const propId of shot.propIds) wire(propId, 'prop', 'props');
  }
  if (nodes.size + created.length > GRAPH_LIMITS.maxNodes) return refuse('too_many_nodes', `A graph holds at most ${GRAPH_LIMITS.maxNodes} nodes.`);
  if (edges.size + links.length > GRAPH_LIMITS.maxEdges) return refuse('too_many_edges', `A graph holds at most ${GRAPH_LIMITS.maxEdges} links.`);

  return {
    ok: true,
    label: `Add starter coverage to ${nodeTitle(scene)} (${plural(created.length, 'shot')})`,
    selection: { nodeIds: created.map((node) => node.id), edgeIds: [] },
    created: [...created.map((node) => node.id), ...links.map((link) => link.id)],
    apply: () => {
      for (const node of created) createYNode(nodes, node, getCollaborativeTextFields(node.type));
      for (const link of links) edges.set(link.id, toEdgeValue(link));
    },
  };
};
