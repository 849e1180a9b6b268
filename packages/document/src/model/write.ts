import * as Y from 'yjs';
import { canonicalJson, type GraphEdge, type GraphNode, type Position } from '@pc/graph';
import { isCollaborativeTextField } from './fields.js';
import { NODE_DATA, NODE_POSITION, NODE_TYPE, type EdgeValue, type YNode, type YNodeData } from './schema.js';
import { replaceText } from './text-diff.js';
import { storesAs, toStoredJson } from './well-formed.js';

/*
 * Every write of the document model goes through these functions, so the invariants of
 * schema.ts hold in one place. Call them inside a transaction.
 */

/** Deep equality of JSON values; anything that is not JSON (a malformed stored value) differs. */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
};

/**
 * Writes one field. Collaborative text fields become (or stay) Y.Text and change through a
 * minimal diff; other fields are plain values, written only when they differ.
 */
export const writeField = (data: YNodeData, type: string, field: string, input: unknown): void => {
  const current = data.get(field);
  if (typeof input === 'string' && isCollaborativeTextField(type, field)) {
    if (current instanceof Y.Text) {
      replaceText(current, input);
    } else {
      data.set(field, new Y.Text(toStoredJson(input) as string));
    }
    return;
  }
  if (current instanceof Y.AbstractType || !storesAs(current, input)) data.set(field, toStoredJson(input));
};

/** Writes a position when it differs from the stored one (one value: no tombstone per axis). */
export const writePosition = (node: YNode, position: Position): boolean => {
  const current = node.get(NODE_POSITION) as Position | undefined;
  if (current && current.x === position.x && current.y === position.y) return false;
  node.set(NODE_POSITION, { x: position.x, y: position.y });
  return true;
};

/**
 * Creates a node. Its Y.Map is set once here and never replaced. Every collaborative text
 * field of the type gets its Y.Text now, so two peers typing into a fresh node's empty
 * field edit the same Y.Text instead of racing to create it.
 */
export const createYNode = (nodes: Y.Map<YNode>, node: GraphNode, textFields: ReadonlySet<string>): YNode => {
  const ynode: YNode = new Y.Map();
  nodes.set(node.id, ynode);
  ynode.set(NODE_TYPE, node.type);
  ynode.set(NODE_POSITION, { x: node.position.x, y: node.position.y });
  const data: YNodeData = new Y.Map();
  ynode.set(NODE_DATA, data);
  for (const [field, value] of Object.entries(node.data)) writeField(data, node.type, field, value);
  for (const field of textFields) {
    if (!data.has(field)) data.set(field, new Y.Text());
  }
  return ynode;
};

/** The stored value of an edge: its ends (and data), without the id, which is the key. */
export const toEdgeValue = (edge: GraphEdge): EdgeValue => {
  const value: EdgeValue = {
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: edge.target,
    targetHandle: edge.targetHandle,
  };
  if (edge.data !== undefined) value.data = toStoredJson(edge.data) as EdgeValue['data'];
  return value;
};

export const sameEdge = (a: EdgeValue, b: EdgeValue): boolean => {
  // Field by field: a REST write compares every edge, and canonical JSON of both sides
  // was most of its diff. Only `data` (rare, small) takes the deep comparison.
  if (a.source !== b.source || a.sourceHandle !== b.sourceHandle || a.target !== b.target || a.targetHandle !== b.targetHandle) return false;
  let keys = 0;
  for (const key in a) {
    if (!Object.hasOwn(b, key)) return false;
    keys += 1;
  }
  for (const key in b) if (Object.hasOwn(b, key)) keys -= 1;
  return keys === 0 && (a.data === b.data || sameJson(a.data, b.data));
};
