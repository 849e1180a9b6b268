import type { StoreApi } from 'zustand/vanilla';
import type { DocumentState } from '@pc/document';
import { checkContinuity, continuityModelFromGraph, GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphEdge } from '@pc/graph';
import { foldQuiet, groupByNode, type HintsState } from './hints-store.js';

/** Long enough that typing a shot number or dragging wires does not run the checks per keystroke. */
export const HINTS_DELAY_MS = 400;

/**
 * What the checks read: each node's type and data, and the visible edges. Positions are
 * not in it, so moving nodes never re-runs them. Node views keep their `data` identity
 * across moves (the read model shares untouched objects), which makes this cheap.
 */
const inputsOf = (state: DocumentState): { data: unknown[]; edges: DocumentState['edges'] } => ({
  data: state.nodeIds.map((id) => state.nodes[id]?.data),
  edges: state.edges,
});

const sameInputs = (a: ReturnType<typeof inputsOf> | null, b: ReturnType<typeof inputsOf>): boolean =>
  a !== null && a.edges === b.edges && a.data.length === b.data.length && a.data.every((data, i) => data === b.data[i]);

/** The graph the checks see: nodes with their data, edges the canvas draws. */
export const toCheckedGraph = (state: DocumentState): GraphDocument => {
  const nodes = state.nodeIds.flatMap((id) => {
    const node = state.nodes[id];
    return node ? [{ id: node.id, type: node.type, position: node.position, data: node.data as Record<string, unknown> }] : [];
  });
  const edges: GraphEdge[] = state.edgeIds.flatMap((id) => {
    const edge = state.edges[id];
    if (!edge || edge.hidden) return [];
    const { source, sourceHandle, target, targetHandle, data } = edge;
    return [{ id, source, sourceHandle, target, targetHandle, ...(data ? { data } : {}) }];
  });
  return { schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges };
};

/**
 * Keeps a canvas's continuity hints up to date, off the hot path: each document change
 * (re)starts a timer, and when it fires the checks run only if a node's data or the edges
 * changed since the last run (memoised on the document's identities). `destroy` stops it.
 */
export const createContinuityHints = ({
  document,
  hints,
  delayMs = HINTS_DELAY_MS,
}: {
  document: StoreApi<DocumentState>;
  hints: StoreApi<HintsState>;
  delayMs?: number;
}): { update: () => void; destroy: () => void } => {
  let checked: ReturnType<typeof inputsOf> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    timer = undefined;
    const state = document.getState();
    const inputs = inputsOf(state);
    if (sameInputs(checked, inputs)) return;
    checked = inputs;
    const findings = checkContinuity(continuityModelFromGraph(toCheckedGraph(state)));
    hints.setState({ findings: foldQuiet(findings), byNode: groupByNode(findings) });
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(update, delayMs);
  };
  const unsubscribe = document.subscribe((state, previous) => {
    if (state.nodes !== previous.nodes || state.edges !== previous.edges) schedule();
  });
  update();
  return {
    update,
    destroy: () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
};
