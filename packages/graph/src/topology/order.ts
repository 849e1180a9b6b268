import type { GraphDocument } from '../document.js';
import { buildAdjacency } from './adjacency.js';
import { findCycle } from './cycles.js';

/** Thrown by {@link topologicalOrder} when the graph has a cycle; `nodeIds` is one cycle, in edge order. */
export class GraphCycleError extends Error {
  readonly nodeIds: readonly string[];

  constructor(nodeIds: readonly string[]) {
    super(`The graph has a cycle: ${[...nodeIds, nodeIds[0]].join(' → ')}`);
    this.name = 'GraphCycleError';
    this.nodeIds = nodeIds;
  }
}

// A binary min-heap of document positions: among ready nodes, the earliest in the
// document runs first, so the order is the same on every machine.
const heapPush = (heap: number[], value: number) => {
  let i = heap.push(value) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((heap[parent] as number) <= value) break;
    heap[i] = heap[parent] as number;
    i = parent;
  }
  heap[i] = value;
};

const heapPop = (heap: number[]): number => {
  const top = heap[0] as number;
  const last = heap.pop() as number;
  if (heap.length === 0) return top;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && (heap[right] as number) < (heap[left] as number) ? right : left;
    if ((heap[child] as number) >= last) break;
    heap[i] = heap[child] as number;
    i = child;
  }
  heap[i] = last;
  return top;
};

/**
 * The node ids in an order where every edge's source comes before its target (Kahn's
 * algorithm); among nodes ready at the same time, the one earlier in `doc.nodes` comes
 * first. Each distinct id appears once; edges whose endpoints are missing are ignored.
 *
 * @throws {GraphCycleError} when the graph has a cycle (a self loop included).
 * @example
 * topologicalOrder(doc) // ['char-anna', 'scene-12', 'shot-12a']
 * @remarks O((nodes + edges) · log nodes).
 */
export const topologicalOrder = (doc: GraphDocument): string[] => {
  const { ids, successors, predecessors } = buildAdjacency(doc);
  const position = new Map(ids.map((id, index) => [id, index]));
  const waitingOn = ids.map((id) => predecessors.get(id)?.length ?? 0);
  const ready: number[] = [];
  waitingOn.forEach((count, index) => count === 0 && heapPush(ready, index));
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ids[heapPop(ready)] as string;
    order.push(id);
    for (const child of successors.get(id) ?? []) {
      const index = position.get(child) as number;
      waitingOn[index] = (waitingOn[index] as number) - 1;
      if (waitingOn[index] === 0) heapPush(ready, index);
    }
  }
  if (order.length < ids.length) throw new GraphCycleError(findCycle(doc) ?? []);
  return order;
};
