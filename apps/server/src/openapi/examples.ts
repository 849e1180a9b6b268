import { describeNodeCatalogue } from '@pc/graph';

/*
 * Example values of the document's component schemas, for Swagger UI and SDK authors:
 * one coherent story (Mara cast in the harbour scene, shot 1A) across every resource.
 * Kept here rather than in each route so they read as one, and checked against the
 * document's own schemas by openapi-examples.test.ts.
 */

const at = '2026-11-22T06:00:00.000Z';
const later = '2026-11-22T06:04:12.345Z';
const graphId = 'gr_0f3k8q2m9v1x7c4d';
const workspaceId = 'ws_0f3k8q2m9v1x7c4d';
const runId = 'run0f3k8q2m9v1x7c4d2h8j';
const frameHash = '9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41';

const user = { id: 'us_0f3k8q2m9v1x7c4d', email: 'mara.director@example.com', name: 'Mara Ilic', instanceOwner: true, createdAt: at };
const workspace = { id: workspaceId, name: 'Harbour Films', role: 'owner', personal: false, createdAt: at };
const member = { userId: 'us_7hq2m4xk9v1x7c4d', email: 'ines.ad@example.com', name: 'Ines Ortega', role: 'editor', createdAt: later };
const apiKey = { id: 'ak_0f3k8q2m9v1x7c4d', name: 'nightly storyboards', prefix: 'pc_7hq2m4xk', scopes: ['read', 'write', 'run'], createdAt: at, expiresAt: null, lastUsedAt: later };

const document = {
  schemaVersion: 1,
  nodes: [
    { id: 'mara', type: 'character', position: { x: 0, y: 0 }, data: { name: 'MARA', role: 'lead' } },
    { id: 'sc1', type: 'scene', position: { x: 320, y: 0 }, data: { sceneNumber: '1', intExt: 'EXT', locationName: 'HARBOUR', timeOfDay: 'DAWN' } },
    { id: 'sh1a', type: 'shot', position: { x: 640, y: 0 }, data: { shotNumber: '1A', shotSize: 'MCU', angle: 'low', lensMm: 35 } },
  ],
  edges: [
    { id: 'e1', source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
    { id: 'e2', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' },
  ],
};
const graph = { id: graphId, name: 'Episode 1 — Harbour', workspaceId, revision: 7, document, issues: [], createdAt: at, updatedAt: later };
const graphSummary = { id: graphId, name: graph.name, workspaceId, revision: 7, nodeCount: 3, edgeCount: 2, createdAt: at, updatedAt: later };
const revision = { graphId, revision: 6, message: 'before the director’s notes', createdAt: at, document };
const runSummary = { id: runId, graphId, status: 'succeeded', revision: 7, nodeIds: null, batchId: null, requestedBy: user.id, error: null, createdAt: at, startedAt: at, finishedAt: later };
const runNode = {
  nodeId: 'sh1a',
  type: 'shot',
  role: 'target',
  status: 'succeeded',
  cacheKey: 'c3a1f0e29b7d4c58a6e2f1d0b9c8a7e6f5d4c3b2a1908f7e6d5c4b3a29180f7e',
  attempts: 1,
  startedAt: at,
  finishedAt: later,
  outputs: {
    values: { prompt: 'Medium close-up, low angle, 35 mm: MARA at the harbour at dawn' },
    artifacts: { 'frame.png': { hash: frameHash, mediaType: 'image/png', bytes: 48213, url: `/api/v1/artifacts/${frameHash}` } },
  },
  error: null,
};
const batch = {
  id: 'bat0f3k8q2m9v1x7c4d2h8j',
  workspaceId,
  graphId,
  revision: 7,
  status: 'running',
  priority: 'normal',
  concurrency: 8,
  counts: { total: 1000, queued: 900, running: 8, succeeded: 90, failed: 2, cancelled: 0 },
  progress: 0.092,
  etaSeconds: 41,
  webhook: { url: 'https://example.com/hooks/canvas' },
  createdAt: at,
  startedAt: at,
  finishedAt: null,
};
const batchItem = {
  index: 0,
  ref: 'row-1',
  status: 'succeeded',
  runId,
  overrides: { sh1a: { shotSize: 'CU', lensMm: 85 } },
  outputs: { sh1a: { status: 'succeeded', values: runNode.outputs.values, artifacts: runNode.outputs.artifacts } },
  error: null,
};
const backend = {
  id: 'be_0f3k8q2m9v1x7c4d',
  name: 'Studio GPU',
  kind: 'openai-images',
  isDefault: true,
  version: 3,
  config: { kind: 'openai-images', url: 'https://images.example.com/v1', model: 'frame-xl', apiKey: { source: 'env', env: 'STUDIO_IMAGES_KEY' } },
  createdAt: at,
  updatedAt: later,
};
const importReport = {
  title: 'HARBOUR',
  scenes: 1,
  characters: 1,
  locations: 1,
  shots: 0,
  changes: { addedNodes: ['mara', 'sc1'], updatedNodes: [], flaggedScenes: [], addedEdges: ['e1'], replacedEdges: [] },
  warnings: [{ code: 'heading_without_int_ext', message: 'Scene heading “MONTAGE - THE HARBOUR WAKES” has no INT. or EXT., so it names no Location.', line: 12 }],
};

/** Component name → its example. */
export const SCHEMA_EXAMPLES: Readonly<Record<string, unknown>> = {
  User: user,
  UserEnvelope: { user },
  Instance: { hasOwner: true },
  SignUp: { email: user.email, password: 'harbour-at-dawn-42', name: user.name },
  SignIn: { email: user.email, password: 'harbour-at-dawn-42' },
  ChangePassword: { currentPassword: 'harbour-at-dawn-42', newPassword: 'breakwater-at-dusk-17' },
  Me: { user, workspaces: [workspace], workspacesNextCursor: null },
  Session: { me: { user, workspaces: [workspace], workspacesNextCursor: null } },
  ApiKey: apiKey,
  ApiKeyList: { apiKeys: [apiKey], nextCursor: null },
  CreateApiKey: { name: apiKey.name, scopes: ['read', 'write', 'run'] },
  // A key just made has never been used: its one answer says so.
  CreatedApiKey: { ...apiKey, lastUsedAt: null, key: 'pc_7hq2m4xkq3z8w5v2n6b4c1d9f0g7h2j5' },
  Workspace: workspace,
  WorkspaceList: { workspaces: [workspace], nextCursor: null },
  CreateWorkspace: { name: 'Harbour Films' },
  WorkspaceMember: member,
  WorkspaceMemberList: { members: [{ userId: user.id, email: user.email, name: user.name, role: 'owner', createdAt: at }, member], nextCursor: null },
  AddMember: { email: member.email, role: 'editor' },
  ChangeMemberRole: { role: 'viewer' },
  NodeTypeDescription: describeNodeCatalogue()[0],
  NodeTypeList: { nodeTypes: describeNodeCatalogue() },
  GraphDocument: document,
  Graph: graph,
  GraphSummary: graphSummary,
  GraphList: { graphs: [graphSummary], nextCursor: null },
  CreateGraph: { name: graph.name, document },
  ReplaceGraph: { document, name: graph.name },
  RenameGraph: { name: 'Episode 1 — Harbour (locked)' },
  ImportGraph: { format: 'fountain', name: 'Pilot', source: 'EXT. HARBOUR - DAWN\n\nMARA watches the boats come in.\n' },
  ReimportGraph: { format: 'fountain', source: 'EXT. HARBOUR - DAWN\n\nMARA watches the last boat come in.\n' },
  ImportReport: importReport,
  ImportedGraph: { ...graph, importReport },
  CollabToken: { token: 'v1.eyJnIjoiZ3JfMGYzazhxMm05djF4N2M0ZCJ9.c2ln', expiresAt: later, url: `/collab/${graphId}?token=v1.eyJnIjoiZ3JfMGYzazhxMm05djF4N2M0ZCJ9.c2ln`, role: 'editor' },
  CreateRevision: { message: 'before the director’s notes' },
  GraphRevision: revision,
  GraphRevisionSummary: { revision: 6, message: revision.message, createdAt: at, nodeCount: 3 },
  GraphRevisionList: { revisions: [{ revision: 6, message: revision.message, createdAt: at, nodeCount: 3 }], nextCursor: null, graphRevision: 7 },
  StartRun: { nodeIds: ['sh1a'] },
  RunAccepted: { id: runId, status: 'queued' },
  RunSummary: runSummary,
  RunNode: runNode,
  Run: { ...runSummary, nodes: [runNode] },
  RunListItem: { ...runSummary, requestedByName: user.name },
  RunList: { runs: [{ ...runSummary, requestedByName: user.name }], nextCursor: null },
  NodeRunResult: { ...runNode, runId, revision: 7, runCreatedAt: at },
  NodeResult: { ...runNode, runId, revision: 7, runCreatedAt: at, lastSuccess: null },
  NodeResultList: { nodes: [{ ...runNode, runId, revision: 7, runCreatedAt: at, lastSuccess: null }] },
  Batch: batch,
  BatchList: { batches: [batch], nextCursor: null },
  BatchItem: batchItem,
  BatchItemList: { items: [batchItem], nextCursor: 'MQ' },
  CreateBackend: { name: 'Studio GPU', isDefault: true, config: { kind: 'openai-images', url: 'https://images.example.com/v1', model: 'frame-xl', apiKey: { env: 'STUDIO_IMAGES_KEY' } } },
  UpdateBackend: { name: 'Studio GPU (night queue)', isDefault: true },
  Backend: backend,
  BackendList: { backends: [backend] },
  BackendTestResult: { ok: true, latencyMs: 2140, image: { mediaType: 'image/png', width: 1024, height: 429, bytes: 183_204 } },
  ProjectExport: {
    format: 'pcanvas-project',
    version: 1,
    name: graph.name,
    revision: 7,
    graph: document,
    outputs: { sh1a: { source: 'run', values: { prompt: 'Medium close-up of MARA at dawn, harbour behind her' }, files: { 'frame.png': { hash: frameHash, mediaType: 'image/png', size: 48_213 } } } },
  },
};

interface DocumentWithComponents {
  components?: { schemas?: Record<string, unknown> } | undefined;
}

/** Puts each example on its component schema, unless the route module gave one already. */
export function withSchemaExamples<T extends DocumentWithComponents>(document: T): T {
  const schemas = document.components?.schemas ?? {};
  for (const [name, example] of Object.entries(SCHEMA_EXAMPLES)) {
    const schema = schemas[name];
    if (schema && typeof schema === 'object' && !('example' in schema)) (schema as Record<string, unknown>)['example'] = example;
  }
  return document;
}
