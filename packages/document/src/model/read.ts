import * as Y from 'yjs';
import type { GraphEdge } from '@pc/graph';
import { getNodeData, NODE_POSITION, NODE_TYPE, readPosition, type EdgeValue, type YNode } from './schema.js';
import type { NodeView } from './views.js';

/** A stored field value as plain JSON: Y.Text reads as its string. */
export const readFieldValue = (value: unknown): unknown => {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.AbstractType) return value.toJSON() as unknown;
  return value;
};

/**
 * A node's fields as a plain object. Nodes of one type share a shape (fast to read and
 * freeze); a field a foreign client called `__proto__` is defined, never assigned, so it
 * stays a field instead of replacing the prototype.
 */
export const readNodeData = (node: YNode): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  getNodeData(node)?.forEach((value, field) => {
    if (field === '__proto__') Object.defineProperty(data, field, { value: readFieldValue(value), enumerable: true, writable: true, configurable: true });
    else data[field] = readFieldValue(value);
  });
  return data;
};

export const readNodeType = (node: YNode): string => {
  const type = node.get(NODE_TYPE);
  return typeof type === 'string' ? type : '';
};

/** The read-model view of one stored node. Malformed nodes read with type '' (unknown). */
export const readNodeView = (id: string, node: YNode): NodeView => ({
  id,
  type: readNodeType(node),
  position: readPosition(node.get(NODE_POSITION)),
  data: readNodeData(node),
});

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * One stored edge as GraphJSON. A malformed value (from a foreign or older client) reads
 * with empty ends, so the derived view hides it as dangling and repair removes it.
 */
export const readEdge = (id: string, value: unknown): GraphEdge => {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof EdgeValue, unknown>>;
  const edge: GraphEdge = {
    id,
    source: text(stored.source),
    sourceHandle: text(stored.sourceHandle),
    target: text(stored.target),
    targetHandle: text(stored.targetHandle),
  };
  if (typeof stored.data === 'object' && stored.data !== null) edge.data = stored.data as GraphEdge['data'] & object;
  return edge;
};
