import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContinuityFinding, ContinuitySeverity } from '@pc/graph';

/** A node's share of the findings: the worst severity and every message about it. */
export interface NodeHint {
  readonly severity: ContinuitySeverity;
  readonly messages: readonly string[];
}

/** The live continuity hints of one open canvas (session state: never saved, never undone). */
export interface HintsState {
  readonly findings: readonly ContinuityFinding[];
  readonly byNode: Readonly<Record<string, NodeHint>>;
  readonly open: boolean;
}

const rank: Record<ContinuitySeverity, number> = { info: 0, warning: 1, error: 2 };

/** Groups findings per node they concern, keeping the worst severity. */
export const groupByNode = (findings: readonly ContinuityFinding[]): Record<string, NodeHint> => {
  const byNode: Record<string, NodeHint> = Object.create(null) as Record<string, NodeHint>;
  for (const finding of findings) {
    for (const id of finding.nodeIds) {
      const current = byNode[id];
      byNode[id] = current
        ? { severity: rank[finding.severity] > rank[current.severity] ? finding.severity : current.severity, messages: [...current.messages, finding.message] }
        : { severity: finding.severity, messages: [finding.message] };
    }
  }
  return byNode;
};

export const createHintsStore = (): StoreApi<HintsState> => createStore<HintsState>(() => ({ findings: [], byNode: {}, open: false }));

// One store per open canvas, without a field on the Canvas object: the hints are a view of it.
const stores = new WeakMap<object, StoreApi<HintsState>>();

/** The hints store of a canvas, created on first use. */
export const getHintsStore = (canvas: object): StoreApi<HintsState> => {
  let store = stores.get(canvas);
  if (!store) {
    store = createHintsStore();
    stores.set(canvas, store);
  }
  return store;
};
