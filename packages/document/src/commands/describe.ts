import { describeFieldIssues, describeNode, getNodeType, GRAPH_LIMITS, hasPlaceholderName, type GraphNode, type Position } from '@pc/graph';
import type { z } from 'zod';
import { getFieldTitle } from '../model/fields.js';
import { readNodeView } from '../model/read.js';
import { getNodesMap } from '../model/schema.js';
import type * as Y from 'yjs';

/** "1 node", "3 nodes". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * How a history label names a node: as packages/graph names it in messages and its card titles
 * it ("MAYA", "Shot 12A", "Shot “MS · EYE · 35mm”"), but by its bare type while it has only a
 * placeholder: "Add Character" rather than "Add Unnamed Character".
 */
export const nodeTitle = (node: Pick<GraphNode, 'id' | 'type' | 'data'>): string =>
  hasPlaceholderName(node as GraphNode) ? (getNodeType(node.type)?.label ?? 'node') : describeNode(node as GraphNode);

export const storedNodeTitle = (ydoc: Y.Doc, id: string): string => {
  const node = getNodesMap(ydoc).get(id);
  return node ? nodeTitle(readNodeView(id, node)) : 'a deleted node';
};

/** Whether a position is finite and inside the canvas bounds of packages/graph. */
export const isValidPosition = (position: Position | undefined): position is Position =>
  typeof position === 'object' &&
  position !== null &&
  Number.isFinite(position.x) &&
  Number.isFinite(position.y) &&
  Math.abs(position.x) <= GRAPH_LIMITS.maxCoordinate &&
  Math.abs(position.y) <= GRAPH_LIMITS.maxCoordinate;

/**
 * A zod field issue as a sentence in the catalogue's words, the same the canvas and the API give:
 * "Lens (mm) must be at least 4." rather than zod's "Too small: expected number to be >=4".
 */
export const describeFieldProblem = (type: string, issues: readonly z.core.$ZodIssue[]): string => {
  const first = issues[0];
  if (!first) return 'A field has an invalid value.';
  const fields = getNodeType(type)?.fields;
  if (fields) {
    const [problem] = describeFieldIssues(fields, [first]);
    if (problem) return `${problem.message}.`;
  }
  const field = first.path[0];
  const title = typeof field === 'string' ? getFieldTitle(type, field) : 'A field';
  return `${title}: ${first.message}.`;
};
