import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RunSummary } from '../../api/types.js';
import { mergeResults, shownNode, type LatestResult, type LatestResults } from './latest-results.js';
import { isRunFinal, reduceRun, type RunMessage, type RunNodeState, type RunState } from './run-reducer.js';

/*
 * Runs as this tab sees them: session state, never in the Y.Doc or the undo history.
 * `live` is the graph's latest run, followed as it happens; `viewing` is a past run picked
 * in the history, laid over the canvas read-only until it is closed; `latest` is each node's
 * latest result across runs. Cards and the panel show the viewed run alone, or else each
 * node's latest result with the live run's statuses over the nodes in it (latest-results.ts).
 */

export interface RunHistoryState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly runs: readonly RunSummary[];
  readonly nextCursor: string | null;
  readonly error: string | null;
  /** Who started the listed runs, by user id: their name, or null for someone no longer a member. */
  readonly people: Readonly<Record<string, string | null>>;
}

export interface RunsState {
  readonly live: RunState | null;
  readonly viewing: RunState | null;
  /** Each node's latest result across the graph's runs, by node id. */
  readonly latest: LatestResults;
  /** A Run request is on its way (saving first, then POST). */
  readonly starting: boolean;
  /** Nodes the server named when it refused to run the graph (outlined until the next run). */
  readonly refused: readonly string[];
  /** Nodes of the shown run whose output no longer matches the document (params or upstream changed since). */
  readonly stale: readonly string[];
  /** The revision of the snapshot someone last saved while this canvas was open (the graph's stream said so). */
  readonly savedRevision: number | null;
  /** How many times the graph's stream came back after dropping (what it missed meanwhile is read again). */
  readonly streamResumes: number;
  readonly historyOpen: boolean;
  /** A run whose row takes the focus (and is shown) once the history lists it: back from its revision. */
  readonly historyReturn: string | null;
  readonly history: RunHistoryState;
}

export type RunStore = StoreApi<RunsState>;

export const createRunStore = (): RunStore =>
  createStore<RunsState>()(() => ({
    live: null,
    viewing: null,
    latest: {},
    starting: false,
    refused: [],
    stale: [],
    savedRevision: null,
    streamResumes: 0,
    historyOpen: false,
    historyReturn: null,
    history: { status: 'idle', runs: [], nextCursor: null, error: null, people: {} },
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

/** Folds results in (the server's answer, or the finished nodes of a run read): later runs win. */
export const mergeLatest = (store: RunStore, results: readonly LatestResult[]): void => {
  const { latest } = store.getState();
  const next = mergeResults(latest, results);
  if (next !== latest) store.setState({ latest: next });
};

export const setLive = (store: RunStore, live: RunState | null): void => store.setState({ live });
export const setViewing = (store: RunStore, viewing: RunState | null): void => store.setState({ viewing });
export const setStarting = (store: RunStore, starting: boolean): void => store.setState({ starting });
export const setRefused = (store: RunStore, refused: readonly string[]): void =>
  store.setState((state) => (state.refused.length === 0 && refused.length === 0 ? state : { refused }));
export const setStale = (store: RunStore, stale: readonly string[]): void =>
  store.setState((state) => (state.stale.length === stale.length && state.stale.every((id, index) => id === stale[index]) ? state : { stale }));
export const setHistoryOpen = (store: RunStore, historyOpen: boolean): void => store.setState({ historyOpen });
export const noteSavedRevision = (store: RunStore, savedRevision: number): void => store.setState({ savedRevision });
export const noteStreamResumed = (store: RunStore): void => store.setState((state) => ({ streamResumes: state.streamResumes + 1 }));
/** Opens the history at `runId`: back from that run's revision, the person is where they left. */
export const openHistoryAt = (store: RunStore, runId: string): void => store.setState({ historyOpen: true, historyReturn: runId });
export const clearHistoryReturn = (store: RunStore): void => store.setState({ historyReturn: null });
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

export const selectLive = (state: RunsState) => state.live;
export const selectViewing = (state: RunsState) => state.viewing;
export const selectStarting = (state: RunsState) => state.starting;
export const selectSavedRevision = (state: RunsState) => state.savedRevision;
export const selectStreamResumes = (state: RunsState) => state.streamResumes;
export const selectHistoryOpen = (state: RunsState) => state.historyOpen;
export const selectHistoryReturn = (state: RunsState) => state.historyReturn;
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

/**
 * One node's state on its card: in the viewed run, or its latest result under the live run's
 * status. The same object until what it is made of changes (a card's output under a live
 * status is a new object, so it is kept while its two parts stay the same).
 */
export const selectNodeRun = perId((id) => {
  let memo: { liveFinal: boolean; latest: LatestResult | undefined; liveNode: RunNodeState | undefined; shown: RunNodeState | undefined } | null = null;
  return (state): RunNodeState | undefined => {
    if (state.viewing) return state.viewing.nodes[id];
    const latest = state.latest[id];
    const liveNode = state.live?.nodes[id];
    // Whether the live run finished matters too: then its skipped nodes give way to their results.
    const liveFinal = isRunFinal(state.live);
    if (memo && memo.latest === latest && memo.liveNode === liveNode && memo.liveFinal === liveFinal) return memo.shown;
    const shown = shownNode(state.live, state.latest, id);
    memo = { liveFinal, latest, liveNode, shown };
    return shown;
  };
});
export const selectNodeRefused = perId((id) => (state): boolean => state.refused.includes(id));
export const selectNodeStale = perId((id) => (state): boolean => state.stale.includes(id));
