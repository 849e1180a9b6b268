import type { GraphDocument, NodeTypeDescription } from '@pc/graph';
import type { ValidationIssue } from '@pc/graph';

/** A row of the graph list. */
export interface GraphSummary {
  id: string;
  name: string;
  workspaceId: string;
  revision: number;
  nodeCount: number;
  edgeCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A graph with its document, as returned by GET/POST/PUT. */
export interface GraphRecord {
  id: string;
  name: string;
  workspaceId: string;
  revision: number;
  document: GraphDocument;
  issues: ValidationIssue[];
  createdAt: string;
  updatedAt: string;
}

/** What a screenplay import found (`POST /graphs/import` with format `fountain`). */
export interface ImportReport {
  title: string;
  scenes: number;
  characters: number;
  locations: number;
  /** Shot lines of a shooting script, each a Shot node under its Scene. */
  shots: number;
  /** What the import changed in the graph, by node and edge id. */
  changes: { addedNodes: string[]; updatedNodes: string[]; flaggedScenes: string[]; addedEdges: string[]; replacedEdges: string[] };
  warnings: Array<{ code: string; message: string; line?: number }>;
}

export interface GraphPage {
  graphs: GraphSummary[];
  nextCursor: string | null;
}

export interface NodeTypesResponse {
  nodeTypes: NodeTypeDescription[];
}

/** The signed-in person. */
export interface User {
  id: string;
  email: string;
  name: string;
  instanceOwner: boolean;
  createdAt: string;
}

export type WorkspaceRole = 'owner' | 'editor' | 'viewer';

/** A workspace as one member sees it, with their role. */
export interface Workspace {
  id: string;
  name: string;
  role: WorkspaceRole;
  personal: boolean;
  createdAt: string;
}

export interface Me {
  user: User;
  workspaces: Workspace[];
}

export interface WorkspaceMember {
  userId: string;
  email: string;
  name: string;
  role: WorkspaceRole;
  createdAt: string;
}

export type ApiKeyScope = 'read' | 'write' | 'run';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/** The response that carries the key itself, once. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}

/* Runs (docs/runs.md). */

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type RunNodeStatus = 'queued' | 'running' | 'succeeded' | 'cached' | 'failed' | 'skipped' | 'cancelled';

export interface RunError {
  code: string;
  message: string;
}

export interface ArtifactRef {
  hash: string;
  mediaType: string;
  bytes: number;
  /** Same-origin path; the session cookie authorises it, so it works as an <img src>. */
  url: string;
}

export interface RunNodeOutputs {
  values: Record<string, unknown>;
  artifacts: Record<string, ArtifactRef>;
}

export interface RunNode {
  nodeId: string;
  type: string;
  /** `target`: selected to run; `input`: upstream of the selection, read for its outputs. */
  role: 'target' | 'input';
  status: RunNodeStatus;
  cacheKey: string;
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  outputs: RunNodeOutputs | null;
  error: RunError | null;
}

/** A row of a graph's run history. */
export interface RunSummary {
  id: string;
  graphId: string;
  status: RunStatus;
  revision: number;
  /** The selection; null when the whole graph ran. */
  nodeIds: string[] | null;
  /** The batch this run is an item of (a variant with overrides); null for a run of the graph as drawn. */
  batchId: string | null;
  /** The user id of who started it. */
  requestedBy: string | null;
  error: RunError | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface Run extends RunSummary {
  nodes: RunNode[];
}

/** A node's state in one run, with that run. */
export interface NodeRunResult extends RunNode {
  runId: string;
  /** The revision that run executed (the Stale badge compares the node against it). */
  revision: number;
  /** When that run was started: a later run's result wins. */
  runCreatedAt: string;
}

/** A node's latest result across the graph's runs (`GET /graphs/:id/results`), with the run that produced it. */
export interface NodeResult extends NodeRunResult {
  /** When it failed: its newest earlier success (or cache hit), whose output the card keeps showing. */
  lastSuccess: NodeRunResult | null;
}

export interface NodeResultList {
  nodes: NodeResult[];
}

/** A run as the history lists it: with who started it, by name. */
export interface RunListItem extends RunSummary {
  /** Their name while they are a member of the graph's workspace; null once they have left (or their account is gone). */
  requestedByName: string | null;
}

export interface RunPage {
  runs: RunListItem[];
  nextCursor: string | null;
}

export interface RunAccepted {
  id: string;
  status: RunStatus;
}

/** An immutable snapshot of a graph's document (what a run executed). */
/** A snapshot in the list of a graph's revisions (no document: open it to read that). */
export interface GraphRevisionSummary {
  revision: number;
  message: string | null;
  createdAt: string;
  nodeCount: number;
}

export interface GraphRevisionPage {
  revisions: GraphRevisionSummary[];
  nextCursor: string | null;
  /** The graph's revision now: the snapshot with it is the graph as it is. */
  graphRevision: number;
}

export interface GraphRevision {
  graphId: string;
  revision: number;
  message: string | null;
  createdAt: string;
  document: GraphDocument;
}

// Batches (docs/batches.md).
export type BatchStatus = 'queued' | 'running' | 'completed' | 'cancelled';
export type BatchItemStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface BatchCounts {
  total: number;
  queued: number;
  running: number;
  succeeded: number;
  failed: number;
  cancelled: number;
}

export interface Batch {
  id: string;
  workspaceId: string;
  graphId: string;
  revision: number;
  status: BatchStatus;
  priority: 'low' | 'normal' | 'high';
  concurrency: number;
  counts: BatchCounts;
  /** Finished items / total. */
  progress: number;
  etaSeconds: number | null;
  webhook: { url: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface BatchItem {
  index: number;
  ref: string | null;
  status: BatchItemStatus;
  runId: string | null;
  overrides: Record<string, Record<string, unknown>>;
  outputs: Record<string, { status: RunNodeStatus; values: Record<string, unknown>; artifacts: Record<string, ArtifactRef> }>;
  error: RunError | null;
}

export interface BatchPage {
  batches: Batch[];
  nextCursor: string | null;
}

export interface BatchItemPage {
  items: BatchItem[];
  nextCursor: string | null;
}
