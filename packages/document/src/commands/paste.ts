import type * as Y from 'yjs';
import {
  getNodeType,
  GRAPH_LIMITS,
  GRAPH_SCHEMA_VERSION,
  isBlockingIssue,
  normalizeNodeData,
  validateGraph,
  type GraphEdge,
  type GraphNode,
  type Position,
} from '@pc/graph';
import { clipboardPayloadSchema, type ClipboardPayload } from '../clipboard.js';
import { getCollaborativeTextFields } from '../model/fields.js';
import { getEdgesMap, getNodesMap } from '../model/schema.js';
import { createYNode, toEdgeValue } from '../model/write.js';
import { describeFieldProblem, isValidPosition, plural } from './describe.js';
import { refuse, type CommandContext, type CommandOf, type CommandPlan, type CommandPlanner, type CommandRefusal } from './types.js';

/** How far a paste without a target, or a duplicate, lands from the originals. */
export const PASTE_OFFSET: Position = Object.freeze({ x: 40, y: 40 });

/** Where inserted nodes go: their bounding box's top-left `at` a point, or shifted `by`. */
export type Placement = { readonly at: Position } | { readonly by: Position };

/**
 * Plans inserting a subgraph with fresh ids: its nodes, and its links whose two ends are
 * in it. The subgraph is disconnected from the rest of the graph, so checking it alone
 * for blocking issues (`validateGraph`) is enough to keep the whole graph valid.
 */
export const planInsert = (
  ydoc: Y.Doc,
  payload: ClipboardPayload,
  placement: Placement,
  verb: string,
  ctx: CommandContext,
): CommandPlan | CommandRefusal => {
  if (payload.nodes.length === 0) return refuse('nothing_to_do', 'There is nothing to paste.');
  const nodes = getNodesMap(ydoc);
  const edges = getEdgesMap(ydoc);

  const left = Math.min(...payload.nodes.map((node) => node.position.x));
  const top = Math.min(...payload.nodes.map((node) => node.position.y));
  const shift = 'at' in placement ? { x: placement.at.x - left, y: placement.at.y - top } : placement.by;

  const ids = new Map<string, string>();
  const created: GraphNode[] = [];
  for (const node of payload.nodes) {
    if (ids.has(node.id)) continue;
    const definition = getNodeType(node.type);
    if (!definition) return refuse('unknown_node_type', `This version cannot paste nodes of type “${node.type}”.`);
    const data = normalizeNodeData(node.type, node.data);
    if (!data.ok) return refuse('invalid_field', `${definition.label}: ${describeFieldProblem(node.type, data.issues)}`);
    const position = { x: node.position.x + shift.x, y: node.position.y + shift.y };
    if (!isValidPosition(position)) return refuse('invalid_position', 'The nodes would land off the canvas.');
    const id = ctx.createId(node.type);
    ids.set(node.id, id);
    created.push({ id, type: node.type, position, data: data.data });
  }
  const links: GraphEdge[] = [];
  for (const edge of payload.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (!source || !target) continue;
    links.push({ ...edge, id: ctx.createId('e'), source, target });
  }

  if (nodes.size + created.length > GRAPH_LIMITS.maxNodes) return refuse('too_many_nodes', `A graph holds at most ${GRAPH_LIMITS.maxNodes} nodes.`);
  if (edges.size + links.length > GRAPH_LIMITS.maxEdges) return refuse('too_many_edges', `A graph holds at most ${GRAPH_LIMITS.maxEdges} links.`);
  const blocking = validateGraph({ schemaVersion: GRAPH_SCHEMA_VERSION, nodes: created, edges: links }).find(isBlockingIssue);
  if (blocking) return refuse(blocking.code, blocking.message);

  return {
    ok: true,
    label: `${verb} ${plural(created.length, 'node')}`,
    selection: { nodeIds: created.map((node) => node.id), edgeIds: [] },
    created: [...created.map((node) => node.id), ...links.map((link) => link.id)],
    apply: () => {
      for (const node of created) createYNode(nodes, node, getCollaborativeTextFields(node.type));
      for (const link of links) edges.set(link.id, toEdgeValue(link));
    },
  };
};

/** Pastes clipboard data (see `parseClipboard`) with fresh ids; the pasted nodes become the selection. */
export const planPaste: CommandPlanner<CommandOf<'Paste'>> = (ydoc, command, ctx) => {
  const payload = clipboardPayloadSchema.safeParse(command.clipboard);
  if (!payload.success) return refuse('invalid_clipboard', 'The clipboard does not hold Production Canvas nodes.');
  return planInsert(ydoc, payload.data, command.at ? { at: command.at } : { by: PASTE_OFFSET }, 'Paste', ctx);
};
