import type { EdgeView } from '@pc/document';

/** How many visible edges use each port of a node: `{ 'in:characters': 2, 'out:scene': 1 }`. */
export type PortUsage = Readonly<Record<string, number>>;

export const noPortUsage: PortUsage = Object.freeze({});

const samePortUsage = (a: PortUsage | undefined, b: Record<string, number>) => {
  if (!a) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
};

/**
 * Port usage of every node, sharing unchanged entries with `previous` so a node card
 * re-renders only when its own connections change. O(edges) per edge change. Hidden
 * edges (the derived view's) are not drawn, so they do not count.
 */
export const indexPortUsage = (
  edges: Readonly<Record<string, EdgeView>>,
  previous: Readonly<Record<string, PortUsage>>,
): Readonly<Record<string, PortUsage>> => {
  const fresh: Record<string, Record<string, number>> = {};
  for (const edge of Object.values(edges)) {
    if (edge.hidden) continue;
    const source = (fresh[edge.source] ??= {});
    source[`out:${edge.sourceHandle}`] = (source[`out:${edge.sourceHandle}`] ?? 0) + 1;
    const target = (fresh[edge.target] ??= {});
    target[`in:${edge.targetHandle}`] = (target[`in:${edge.targetHandle}`] ?? 0) + 1;
  }
  let changed = Object.keys(fresh).length !== Object.keys(previous).length;
  const result: Record<string, PortUsage> = {};
  for (const [nodeId, usage] of Object.entries(fresh)) {
    const before = previous[nodeId];
    if (samePortUsage(before, usage)) result[nodeId] = before!;
    else {
      result[nodeId] = usage;
      changed = true;
    }
  }
  return changed ? result : previous;
};

// The edges record is replaced only when an edge is added or removed (or re-hidden), so
// one index per record object; the last one seeds the next, sharing unchanged entries.
const indexed = new WeakMap<object, Readonly<Record<string, PortUsage>>>();
let last: Readonly<Record<string, PortUsage>> = {};

/** Port usage for an edges record of the document store, computed once per record. */
export const getPortUsage = (edges: Readonly<Record<string, EdgeView>>): Readonly<Record<string, PortUsage>> => {
  let usage = indexed.get(edges);
  if (!usage) {
    usage = indexPortUsage(edges, last);
    indexed.set(edges, usage);
    last = usage;
  }
  return usage;
};
