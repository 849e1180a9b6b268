/**
 * @pc/document — the collaborative graph document: the Yjs model of a graph, the
 * commands that change it (one command = one transaction = one undo step), per-user
 * undo, the zustand read model and the derived view. No React, no IO.
 */

// The document model and its projection.
export { applyParsedGraphDocument, createGraphDoc, loadGraphDocument, toGraphDocument } from './graph-doc.js';
export { SERVER_ORIGIN, getNodesMap, getEdgesMap, getMetaMap, type EdgeValue } from './model/schema.js';
export { getCollaborativeTextFields, isCollaborativeTextField } from './model/fields.js';
export { getNodeText } from './model/text.js';
export type { NodeView, EdgeView } from './model/views.js';

// The read model, history and command bus for one user.
export {
  createDocumentStore,
  type DocumentStore,
  type DocumentStoreOptions,
  type DocumentState,
  type HistoryResult,
} from './store/document-store.js';
export type { DocumentIssues, DocumentSlice } from './store/read-model.js';

// Commands, usable without a store (the server applying a REST edit).
export { executeCommand, planCommand, createCommandContext, toVisibleGraph } from './commands/execute.js';
export { PASTE_OFFSET } from './commands/paste.js';
export { DEFAULT_NODE_SIZE } from './commands/auto-layout.js';
export {
  emptySelection,
  type Command,
  type CommandKind,
  type CommandOf,
  type CommandContext,
  type CommandPlan,
  type CommandRefusal,
  type CommandResult,
  type RefusalCode,
  type Selection,
  type NewNode,
  type NodeMove,
  type NodeSize,
} from './commands/types.js';

// Clipboard.
export {
  CLIPBOARD_FORMAT,
  clipboardPayloadSchema,
  toClipboard,
  parseClipboard,
  type ClipboardPayload,
  type ClipboardSource,
} from './clipboard.js';

// The derived view and the server's repair.
export { deriveView, type DerivedView, type DerivableGraph, type DocumentIssue } from './view/derive-view.js';
export { repairGraphDoc } from './view/repair.js';
