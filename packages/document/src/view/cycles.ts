/*
 * Breaking cycles deterministically. A command never closes a cycle, but two concurrent
 * Connects can (A→B here, B→A there). Both peers must hide the same edge, so the choice
 * depends on the edge set only: the largest edge id of each cycle found is hidden, and the
 * search runs again until none is left. Searches visit nodes and edges in id order.
 */

import { nodeCatalogue } from '@pc/graph';

let catalogueCycles: boolean | undefined;

/**
 * Whether the catalogue lets any graph have a cycle: whether its *types* form one, where
 * type A links to type B when an output of A has the data type of an input of B. Today's
 * Character → Scene → Shot cannot loop, so the search is skipped unless links touch nodes
 * of a type this version does not know (their ports are not checked).
 */
export const catalogueAllowsCycles = (): boolean => {
  if (catalogueCycles !== undefined) return catalogueCycles;
  const types = Object.values(nodeCatalogue);
  const next = new Map(
    types.map((from) => [
      from.type as string,
      types.filter((to) => from.outputs.some((out) => to.inputs.some((input) => input.dataType === out.dataType))).map((to) => to.type as string),
    ]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const loops = (type: string): boolean => {
    if (state.get(type) === 'open') return true;
    if (state.get(type) === 'done') return false;
    state.set(type, 'open');
    const found = (next.get(type) ?? []).some(loops);
    state.set(type, 'done');
    return found;
  };
  catalogueCycles = [...next.keys()].some(loops);
  return catalogueCycles;
};

interface CycleEdge {
  id: string;
  source: string;
  target: string;
}

interface Frame {
  node: string;
  edges: readonly CycleEdge[];
  cursor: number;
  /** The edge that led here, or undefined for a root. */
  via: CycleEdge | undefined;
}

/** One cycle among `edges`, as the edges along it, or null when there is none. */
const findCycleEdges = (nodeIds: readonly string[], outgoing: ReadonlyMap<string, readonly CycleEdge[]>): CycleEdge[] | null => {
  const done = new Set<string>();
  const depth = new Map<string, number>(); // node → index of its frame on the current path
  for (const root of nodeIds) {
    if (done.has(root)) continue;
    const path: Frame[] = [{ node: root, edges: outgoing.get(root) ?? [], cursor: 0, via: undefined }];
    depth.set(root, 0);
    while (path.length > 0) {
      const frame = path[path.length - 1] as Frame;
      const edge = frame.edges[frame.cursor];
      frame.cursor += 1;
      if (!edge) {
        path.pop();
        depth.delete(frame.node);
        done.add(frame.node);
        continue;
      }
      const at = depth.get(edge.target);
      if (at !== undefined) {
        // The path from the target's frame to here, plus this edge, is the cycle.
        return [...path.slice(at + 1).map((step) => step.via as CycleEdge), edge];
      }
      if (done.has(edge.target)) continue;
      depth.set(edge.target, path.length);
      path.push({ node: edge.target, edges: outgoing.get(edge.target) ?? [], cursor: 0, via: edge });
    }
  }
  return null;
};

/**
 * The edges to hide so that `edges` has no cycle: repeatedly the largest id on a cycle.
 *
 * @param nodeIds - the nodes, in the order searches start from (sorted by the caller).
 * @param edges - the candidate edges, sorted by id; endpoints must be in `nodeIds`.
 * @remarks O((nodes + edges) · (cycles + 1)); one linear search for an acyclic graph.
 */
export const findEdgesClosingCycles = <E extends CycleEdge>(nodeIds: readonly string[], edges: readonly E[]): E[] => {
  const outgoing = new Map<string, E[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.source);
    if (list) list.push(edge);
    else outgoing.set(edge.source, [edge]);
  }
  const hidden: E[] = [];
  for (;;) {
    const cycle = findCycleEdges(nodeIds, outgoing);
    if (!cycle) return hidden;
    const largest = cycle.reduce((max, edge) => (edge.id > max.id ? edge : max)) as E;
    hidden.push(largest);
    const list = outgoing.get(largest.source) as E[];
    list.splice(list.indexOf(largest), 1);
  }
};
