import type { GraphDocument } from '../document.js';
import { buildAdjacency, type Adjacency } from './adjacency.js';

/*
 * Both walks are iterative: a 5,000-node chain would overflow the call stack of a
 * recursive depth-first search in some browsers.
 */

interface Frame {
  id: string;
  next: string[];
  cursor: number;
}

/**
 * One cycle of the graph as node ids in edge order (`[a, b, c]` means a→b→c→a), or null
 * when the graph is acyclic. A node linked to itself is the cycle `[a]`. Deterministic:
 * the search starts from nodes and follows edges in document order.
 *
 * @remarks O(nodes + edges). Edges whose endpoints are missing are ignored.
 */
export const findCycle = (doc: GraphDocument): string[] | null => {
  const { ids, successors } = buildAdjacency(doc);
  const done = new Set<string>();
  const onPath = new Map<string, number>(); // node → its position on the current path
  for (const root of ids) {
    if (done.has(root)) continue;
    const path: Frame[] = [{ id: root, next: successors.get(root) ?? [], cursor: 0 }];
    onPath.set(root, 0);
    while (path.length > 0) {
      const frame = path[path.length - 1] as Frame;
      const child = frame.next[frame.cursor];
      frame.cursor += 1;
      if (child === undefined) {
        path.pop();
        onPath.delete(frame.id);
        done.add(frame.id);
        continue;
      }
      const position = onPath.get(child);
      if (position !== undefined) return path.slice(position).map(({ id }) => id);
      if (done.has(child)) continue;
      onPath.set(child, path.length);
      path.push({ id: child, next: successors.get(child) ?? [], cursor: 0 });
    }
  }
  return null;
};

/**
 * Strongly connected components with more than one node (Tarjan). An edge lies on a cycle
 * exactly when both its ends are in the same component, which is how `validateGraph`
 * reports every edge of every cycle without enumerating cycles (there can be exponentially
 * many). Returns each node's component number; nodes on no cycle are absent.
 */
export const findLoopComponents = ({ ids, successors }: Adjacency): Map<string, number> => {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const componentOf = new Map<string, number>();
  let components = 0;

  const visit = (id: string): Frame => {
    order.set(id, order.size);
    low.set(id, order.size - 1);
    stack.push(id);
    onStack.add(id);
    return { id, next: successors.get(id) ?? [], cursor: 0 };
  };

  for (const root of ids) {
    if (order.has(root)) continue;
    const frames = [visit(root)];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as Frame;
      const child = frame.next[frame.cursor];
      frame.cursor += 1;
      if (child !== undefined) {
        if (!order.has(child)) frames.push(visit(child));
        else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id) as number, order.get(child) as number));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const members: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.id);
      if (members.length < 2) continue;
      for (const id of members) componentOf.set(id, components);
      components += 1;
    }
  }
  return componentOf;
};
