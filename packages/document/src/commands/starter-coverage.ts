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
 * Where starter shots go: a column right of the scene (or of its rightmost shot) when that is
 * clear, else under the scene in its own column, one grown card apart. A Shot card is ≈ 324 px
 * tall before a run and ≈ 491 after it, a Scene ≈ 244 after it (measured in Chromium;
 * packages/screenplay's GROWN_HEIGHT), so a column stepped by less hides each shot's frame
 * under the next once the run lands.
 */
export const COVERAGE_LAYOUT = { gapX: 380, gapY: 40, stepY: 540, shotHeight: 500, grownHeight: 250 } as const;

/** How tall a node may grow once a run fills it (its real size is not known here). */
const grownHeight = (node: GraphNode): number => (node.type === 'shot' ? COVERAGE_LAYOUT.shotHeight : Math.max(COVERAGE_LAYOUT.grownHeight, DEFAULT_NODE_SIZE.height));

/** Does a grown shot at `slot` overlap `node` once both have grown? */
const overlaps = (slot: Position, node: GraphNode): boolean =>
  Math.abs(slot.x - node.position.x) < DEFAULT_NODE_SIZE.width && node.position.y < slot.y + COVERAGE_LAYOUT.shotHeight && slot.y < node.position.y + grownHeight(node);

/** The nodes a column of `count` shots at (x, top) would cover. */
const coveredBy = (others: readonly GraphNode[], x: number, top: number, count: number): GraphNode[] =>
  others.filter((node) => Array.from({ length: count }, (_, index) => ({ x, y: top + index * COVERAGE_LAYOUT.stepY })).some((slot) => overlaps(slot, node)));

/**
 * The top-left of a column of `count` shots that covers no other node. First right of
 * `start` (a hand-built scene with room beside it); an imported script's row of scenes is
 * denser than a column gap, so there the column goes under the scene, below whatever already
 * sits under it: searching right instead would land it past every scene of
 * the row, a screen or more from its scene and out of view.
 */
const freeColumn = (others: readonly GraphNode[], scene: GraphNode, start: number, count: number): Position => {
  if (coveredBy(others, start, scene.position.y, count).length === 0) return { x: start, y: scene.position.y };
  const x = scene.position.x;
  let y = scene.position.y + grownHeight(scene) + COVERAGE_LAYOUT.gapY;
  for (let blocking = coveredBy(others, x, y, count); blocking.length > 0; blocking = coveredBy(others, x, y, count)) {
    y = Math.max(...blocking.map((node) => node.position.y + grownHeight(node))) + COVERAGE_LAYOUT.gapY;
  }
  return { x, y };
};

/**
 * Adds a Scene's starter coverage (packages/graph `suggestStarterCoverage`: a master,
 * singles, an OTS pair for a two-hander, inserts of hero props), numbered from the scene
 * number and wired to the scene, its characters and props, laid out in a column beside
 * it or under it (the nearest place that covers no other node): one transaction, one undo step. The new shots become the selection.
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
  const column = freeColumn(graph.nodes.filter((node) => node.id !== scene.id), scene, right + COVERAGE_LAYOUT.gapX, shots.length);

  const created: GraphNode[] = [];
  const links: GraphEdge[] = [];
  for (const [index, shot] of shots.entries()) {
    const data = normalizeNodeData('shot', shot.data);
    if (!data.ok) return refuse('invalid_field', `Shot: ${describeFieldProblem('shot', data.issues)}`);
    const id = ctx.createId('shot');
    created.push({ id, type: 'shot', position: { x: column.x, y: column.y + index * COVERAGE_LAYOUT.stepY }, data: data.data });
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
