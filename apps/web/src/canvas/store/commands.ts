import { isDraft, original } from 'immer';
import {
  checkConnection,
  createEdgeId,
  createId,
  createNode,
  isNodeTypeName,
  type ConnectionCheck,
  type GraphEdge,
  type Position,
  type ProposedConnection,
} from '@pc/graph';
import { toGraphDocument, type CanvasDocument } from './canvas-document.js';

/*
 * Document commands: `(doc, args)` applied to an immer draft. The store wraps each in one
 * `set`; packages/document will run the same names as one Yjs transaction each.
 * Commands never touch session state (selection, viewport, save status).
 */

export interface AddNodeArgs {
  type: string;
  position: Position;
  id?: string;
  data?: Record<string, unknown>;
}

/** Adds a node of a catalogue type with its defaults; returns its id, or null for an unknown type. */
export const addNode = (doc: CanvasDocument, { type, position, id, data }: AddNodeArgs): string | null => {
  if (!isNodeTypeName(type)) return null;
  const node = createNode(type, { id: id ?? createId(type), position: roundPosition(position), ...(data ? { data } : {}) });
  doc.nodes[node.id] = node;
  return node.id;
};

export interface NodeMove {
  id: string;
  position: Position;
}

/** Written once per drag, at drag end; the live drag stays in React Flow. */
export const moveNodes = (doc: CanvasDocument, moves: readonly NodeMove[]): void => {
  for (const { id, position } of moves) {
    const node = doc.nodes[id];
    if (!node) continue;
    const rounded = roundPosition(position);
    if (node.position.x !== rounded.x || node.position.y !== rounded.y) node.position = rounded;
  }
};

/**
 * Sets top-level fields of one node. A group field (a Character's appearance) is written
 * as its whole object. Unchanged values are skipped, so a no-op edit does not mark the
 * document dirty.
 */
export const updateFields = (doc: CanvasDocument, nodeId: string, fields: Record<string, unknown>): void => {
  const node = doc.nodes[nodeId];
  if (!node) return;
  for (const [field, value] of Object.entries(fields)) {
    if (!sameValue(node.data[field], value)) node.data[field] = value;
  }
};

/** Adds an edge when the graph rules allow it; the refusal carries the reason to show. */
export const connect = (doc: CanvasDocument, request: ProposedConnection): ConnectionCheck & { edgeId?: string } => {
  // Check against the committed document, not the draft: no proxies, and the memoised
  // GraphJSON of the current state is reused.
  const committed = isDraft(doc) ? (original(doc) as CanvasDocument) : doc;
  const check = checkConnection(toGraphDocument(committed), request);
  if (!check.ok) return check;
  // Deterministic id: two peers adding the same wire at once write one edge, not two.
  const edge: GraphEdge = { id: createEdgeId(request), ...request };
  doc.edges[edge.id] = edge;
  return { ok: true, edgeId: edge.id };
};

export const disconnect = (doc: CanvasDocument, edgeIds: readonly string[]): void => {
  for (const id of edgeIds) delete doc.edges[id];
};

/** Deletes nodes with every edge touching them, and the given edges. */
export const deleteElements = (doc: CanvasDocument, { nodeIds, edgeIds }: { nodeIds: readonly string[]; edgeIds: readonly string[] }): void => {
  const doomed = new Set(nodeIds);
  for (const id of nodeIds) delete doc.nodes[id];
  for (const edge of Object.values(doc.edges)) {
    if (doomed.has(edge.source) || doomed.has(edge.target)) delete doc.edges[edge.id];
  }
  disconnect(doc, edgeIds);
};

// Whole pixels: sub-pixel drag noise would otherwise make every save differ.
const roundPosition = ({ x, y }: Position): Position => ({ x: Math.round(x), y: Math.round(y) });

const sameValue = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
};
