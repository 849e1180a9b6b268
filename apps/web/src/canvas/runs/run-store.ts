import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RunSummary } from '../../api/types.js';
import { reduceRun, type RunMessage, type RunNodeState, type RunState } from './run-reducer.js';

/*
 * Runs as this tab sees them: session state, never in the Y.Doc or the undo history.
 * `live` is the graph's latest run, followed as it happens; `viewing` is a past run picked
 * in the history, laid over the canvas read-only until it is closed. Cards and the panel
 * show `viewing ?? live`.
 */

export interface RunHistoryState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly runs: readonly RunSummary[];
  readonly nextCursor: string | null;
  readonly error: string | null;
}

export interface RunsState {
  readonly live: RunState | null;
  readonly viewing: RunState | null;
  /** A Run request is on its way (saving first, then POST). */
  readonly starting: boolean;
  /** Nodes the server named when it refused to run the graph (outlined until the next run). */
  readonly refused: readonly string[];
  /** Nodes of the shown run whose output no longer matches the document (params or upstream changed since). */
  readonly stale: readonly string[];
  readonly historyOpen: boolean;
  readonly history: RunHistoryState;
}

export type RunStore = StoreApi<RunsState>;

export const createRunStore = (): RunStore =>
  createStore<RunsState>()(() => ({
    live: null,
    viewing: null,
    starting: false,
    refused: [],
    stale: [],
    historyOpen: false,
    history: { status: 'idle', runs: [], nextCursor: null, error: null },
  }));

/* Writers. */

export const dispatchLive = (store: RunStore, message: RunMessage): void => {
  const { live } = store.getState();
  const next = reduceRun(live, message);
  if (next !== live) store.setState({ live: next });
};

export const dispatchViewing = (store: RunStore, message: RunMessage): void => {
  const { viewing } = store.getState();
  const next = reduceRun(viewing, message);
  if (next !== viewing) store.setState({ viewing: next });
};

export const setLive = (store: RunStore, live: RunState | null): void => store.setState({ live });
export const setViewing = (store: RunStore, viewing: RunState | null): void => store.setState({ viewing });
export const setStarting = (store: RunStore, starting: boolean): void => store.setState({ starting });
export const setRefused = (store: RunStore, refused: readonly string[]): void =>
  store.setState((state) => (state.refused.length === 0 && refused.length === 0 ? state : { refused }));
export const setStale = (store: RunStore, stale: readonly string[]): void =>
  store.setState((state) => (state.stale.length === stale.length && state.stale.every((id, index) => id === stale[index]) ? state : { stale }));
export const setHistoryOpen = (store: RunStore, historyOpen: boolean): void => store.setState({ historyOpen });
export const patchHistory = (store: RunStore, patch: Partial<RunHistoryState>): void =>
  store.setState((state) => ({ history: { ...state.history, ...patch } }));

/** Adds or updates runs in the history list (newest first, by createdAt then id). */
export const upsertHistory = (store: RunStore, runs: readonly RunSummary[]): void =>
  store.setState((state) => {
    const byId = new Map(state.history.runs.map((run) => [run.id, run]));
    let changed = false;
    for (const run of runs) {
      const known = byId.get(run.id);
      if (known && known.status === run.status && known.finishedAt === run.finishedAt) continue;
      byId.set(run.id, run);
      changed = true;
    }
    if (!changed) return state;
    const sorted = [...byId.values()].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
    return { history: { ...state.history, runs: sorted } };
  });

/* Selectors (module level or cached per id, so their identity is stable). */

export const selectShownRun = (state: RunsState): RunState | null => state.viewing ?? state.live;
export const selectLive = (state: RunsState) => state.live;
export const selectViewing = (state: RunsState) => state.viewing;
export const selectStarting = (state: RunsState) => state.starting;
export const selectHistoryOpen = (state: RunsState) => state.historyOpen;
export const selectHistory = (state: RunsState) => state.history;
export const selectRefused = (state: RunsState) => state.refused;

const perId = <T,>(build: (id: string) => (state: RunsState) => T) => {
  const cache = new Map<string, (state: RunsState) => T>();
  return (id: string) => {
    let selector = cache.get(id);
    if (!selector) {
      selector = build(id);
      cache.set(id, selector);
    }
    return selector;
  };
};

/** One node's state in the run shown; the same object until that node changes. */
export const selectNodeRun = perId((id) => (state): RunNodeState | undefined => selectShownRun(state)?.nodes[id]);
export const selectNodeRefused = perId((id) => (state): boolean => state.refused.includes(id));
export const selectNodeStale = perId((id) => (state): boolean => state.stale.includes(id));
