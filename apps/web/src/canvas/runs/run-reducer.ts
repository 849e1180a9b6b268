import type { Run, RunError, RunNode, RunNodeOutputs, RunNodeStatus, RunStatus, RunSummary } from '../../api/types.js';

/*
 * One run as the canvas shows it, and the pure reducer that keeps it: a `snapshot` (the
 * run as the server reads it, first on every SSE connection) replaces the state; live
 * events then move it forward; a `refresh` (a GET, for the outputs events do not carry)
 * is merged without moving anything backwards. Events whose id is not above the last one
 * applied are duplicates or stale and are ignored, and nothing follows a final status.
 */

export interface RunNodeState {
  readonly nodeId: string;
  readonly type: string;
  readonly role: 'target' | 'input';
  readonly status: RunNodeStatus;
  /** 0…1 while running, when the function reports it. */
  readonly progress: number | null;
  readonly message: string | null;
  readonly attempts: number;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly outputs: RunNodeOutputs | null;
  readonly error: RunError | null;
  /** A failed node's last good output, from an earlier run: shown marked as such beside the reason. */
  readonly earlier?: EarlierOutput | null;
}

/** The output a node's newest success before its failure made, and when that run started. */
export interface EarlierOutput {
  readonly outputs: RunNodeOutputs;
  readonly runId: string;
  readonly runCreatedAt: string;
}

export interface RunState {
  readonly run: RunSummary;
  readonly nodes: Readonly<Record<string, RunNodeState>>;
  /** The highest SSE event id applied (0 before any). */
  readonly lastEventId: number;
}

export interface RunStatusEvent {
  kind: 'run.status';
  at: number;
  runId: string;
  status: RunStatus;
  error?: RunError;
}
export interface NodeStatusEvent {
  kind: 'node.status';
  at: number;
  runId: string;
  nodeId: string;
  status: RunNodeStatus;
  progress?: number;
  error?: RunError;
}
export interface NodeProgressEvent {
  kind: 'node.progress';
  at: number;
  runId: string;
  nodeId: string;
  progress: number;
  message?: string;
}
export type RunEvent = RunStatusEvent | NodeStatusEvent | NodeProgressEvent;

export type RunMessage =
  | { readonly kind: 'snapshot'; readonly eventId: number; readonly run: Run }
  | { readonly kind: 'event'; readonly eventId: number; readonly event: RunEvent }
  | { readonly kind: 'refresh'; readonly run: Run };

export const FINAL_RUN_STATUSES: ReadonlySet<RunStatus> = new Set(['succeeded', 'failed', 'cancelled']);
export const FINAL_NODE_STATUSES: ReadonlySet<RunNodeStatus> = new Set(['succeeded', 'cached', 'failed', 'skipped', 'cancelled']);

export const isRunFinal = (state: RunState | null | undefined): boolean => !!state && FINAL_RUN_STATUSES.has(state.run.status);

const runRank = (status: RunStatus) => (status === 'queued' ? 0 : status === 'running' ? 1 : 2);
const nodeRank = (status: RunNodeStatus) => (status === 'queued' ? 0 : status === 'running' ? 1 : 2);

/** A node as the server reads it, as state (no live progress). */
export const toNodeState = (node: RunNode): RunNodeState => ({
  nodeId: node.nodeId,
  type: node.type,
  role: node.role,
  status: node.status,
  progress: null,
  message: null,
  attempts: node.attempts,
  startedAt: node.startedAt,
  finishedAt: node.finishedAt,
  outputs: node.outputs,
  error: node.error,
});

const toSummary = ({ nodes: _nodes, ...summary }: Run): RunSummary => summary;

/** A run read from the server (GET or snapshot) as state. */
export const runStateFrom = (run: Run, eventId = 0): RunState => ({
  run: toSummary(run),
  nodes: Object.fromEntries(run.nodes.map((node) => [node.nodeId, toNodeState(node)])),
  lastEventId: eventId,
});

/** A run just accepted (202), before its first snapshot arrives. */
export const pendingRunState = (summary: RunSummary): RunState => ({ run: summary, nodes: {}, lastEventId: 0 });

const iso = (at: number) => new Date(at).toISOString();

const applyEvent = (state: RunState, event: RunEvent): RunState => {
  switch (event.kind) {
    case 'run.status': {
      if (state.run.status === event.status) return state;
      const final = FINAL_RUN_STATUSES.has(event.status);
      return {
        ...state,
        run: {
          ...state.run,
          status: event.status,
          error: event.error ?? state.run.error,
          startedAt: state.run.startedAt ?? (event.status === 'running' || final ? iso(event.at) : null),
          finishedAt: final ? (state.run.finishedAt ?? iso(event.at)) : state.run.finishedAt,
        },
      };
    }
    case 'node.status': {
      const node = state.nodes[event.nodeId];
      // A node that finished stays finished (a duplicate delivery cannot revive it).
      if (node && FINAL_NODE_STATUSES.has(node.status)) return state;
      const final = FINAL_NODE_STATUSES.has(event.status);
      const base: RunNodeState = node ?? {
        nodeId: event.nodeId,
        type: '',
        role: 'target',
        status: 'queued',
        progress: null,
        message: null,
        attempts: 0,
        startedAt: null,
        finishedAt: null,
        outputs: null,
        error: null,
      };
      const next: RunNodeState = {
        ...base,
        status: event.status,
        progress: event.status === 'running' ? (event.progress ?? (base.status === 'running' ? base.progress : null)) : null,
        message: event.status === 'running' ? base.message : null,
        attempts: event.status === 'running' && base.status !== 'running' ? base.attempts + 1 : base.attempts,
        startedAt: event.status === 'running' ? (base.startedAt ?? iso(event.at)) : base.startedAt,
        finishedAt: final ? iso(event.at) : base.finishedAt,
        error: event.error ?? (final ? base.error : null),
      };
      return { ...state, nodes: { ...state.nodes, [event.nodeId]: next } };
    }
    case 'node.progress': {
      const node = state.nodes[event.nodeId];
      if (!node || FINAL_NODE_STATUSES.has(node.status)) return state;
      return {
        ...state,
        nodes: { ...state.nodes, [event.nodeId]: { ...node, status: 'running', progress: event.progress, message: event.message ?? node.message } },
      };
    }
  }
};

const sameNode = (local: RunNodeState, fetched: RunNode) =>
  local.status === fetched.status &&
  local.attempts === fetched.attempts &&
  local.startedAt === fetched.startedAt &&
  local.finishedAt === fetched.finishedAt &&
  (local.outputs === null) === (fetched.outputs === null) &&
  local.error?.message === fetched.error?.message;

/** Merges a GET of the run: its outputs and errors, never a status older than what is shown. */
const applyRefresh = (state: RunState, run: Run): RunState => {
  const fresher = runRank(run.status) >= runRank(state.run.status);
  const nodes: Record<string, RunNodeState> = { ...state.nodes };
  let changed = fresher && (run.status !== state.run.status || run.finishedAt !== state.run.finishedAt);
  for (const fetched of run.nodes) {
    const local = nodes[fetched.nodeId];
    if (local && sameNode(local, fetched)) continue;
    if (!local || nodeRank(fetched.status) >= nodeRank(local.status)) {
      const keepProgress = local?.status === 'running' && fetched.status === 'running';
      nodes[fetched.nodeId] = { ...toNodeState(fetched), progress: keepProgress ? local.progress : null, message: keepProgress ? local.message : null };
      changed = true;
    } else if (!local.outputs && fetched.outputs) {
      nodes[fetched.nodeId] = { ...local, outputs: fetched.outputs };
      changed = true;
    }
  }
  if (!changed) return state;
  return { ...state, run: fresher ? toSummary(run) : state.run, nodes };
};

/**
 * The run store's reducer. `state` is the run being shown (null before any); a snapshot
 * or refresh of another run replaces it, events of another run are ignored.
 */
export const reduceRun = (state: RunState | null, message: RunMessage): RunState | null => {
  switch (message.kind) {
    case 'snapshot':
      if (state && state.run.id === message.run.id && message.eventId <= state.lastEventId) return state;
      return runStateFrom(message.run, message.eventId);
    case 'refresh':
      if (!state || state.run.id !== message.run.id) return runStateFrom(message.run);
      return applyRefresh(state, message.run);
    case 'event': {
      if (!state || state.run.id !== message.event.runId) return state;
      if (message.eventId <= state.lastEventId) return state;
      if (FINAL_RUN_STATUSES.has(state.run.status)) return state;
      const next = applyEvent(state, message.event);
      return { ...next, lastEventId: message.eventId };
    }
  }
};
