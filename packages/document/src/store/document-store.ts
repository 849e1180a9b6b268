import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createId as createRandomId, GRAPH_SCHEMA_VERSION, type GraphDocument } from '@pc/graph';
import { planCommand } from '../commands/execute.js';
import { emptySelection, type Command, type CommandContext, type CommandResult, type Selection } from '../commands/types.js';
import { getMetaMap } from '../model/schema.js';
import type { EdgeView, NodeView } from '../model/views.js';
import { createHistory } from './history.js';
import { createReadModel, type DocumentSlice } from './read-model.js';

/** Everything the canvas renders from a graph document, plus this user's session state. */
export interface DocumentState extends DocumentSlice {
  /** Session state: never written to the document, never undone. */
  readonly selection: Selection;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** "Move 3 nodes": what Undo would revert, for the menu and tooltip. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** Writes are refused: a viewer, or a document from a newer schema version. */
  readonly readOnly: boolean;
}

/** The outcome of undo or redo: the step's label, or why nothing happened. */
export type HistoryResult =
  | { readonly ok: true; readonly label: string }
  | { readonly ok: false; readonly code: 'nothing_to_undo' | 'nothing_to_redo' | 'overwritten' | 'read_only'; readonly reason: string };

export interface DocumentStoreOptions {
  readonly ydoc: Y.Doc;
  /** Recorded on the local origin, for debugging and presence. */
  readonly userId?: string;
  /** A viewer's store: every command, undo and redo is refused. */
  readonly readOnly?: boolean;
  /** Id source for new nodes and links (tests pass a deterministic one). */
  readonly createId?: (prefix?: string) => string;
  /** Undo steps kept; older ones are forgotten. Default 200. */
  readonly historyCapacity?: number;
}

/**
 * One user's handle on a graph document: the read model, the command bus and the undo
 * history. Framework-free; apps/web subscribes to `store` with selectors.
 */
export interface DocumentStore {
  readonly ydoc: Y.Doc;
  /**
   * The transaction origin of this user's commands, the only origin their undo tracks.
   * An editor binding (y-codemirror on a Y.Text) must write with it to be undoable.
   */
  readonly origin: object;
  /** The zustand (vanilla) read model. */
  readonly store: StoreApi<DocumentState>;
  /** Validates and applies a command as one transaction and one undo step, or refuses it. */
  execute(command: Command): CommandResult;
  /** Reverts this user's last step (never a collaborator's) and restores the selection it had. */
  undo(): HistoryResult;
  redo(): HistoryResult;
  /** Ends the current undo step: the next command starts a new one (call at gesture start). */
  stopCapturing(): void;
  /**
   * Sets the selection: ids of nodes and links in any mix, or a {@link Selection}. Ids not
   * in the graph are ignored. Session state: never written to the document, never undone.
   */
  select(selection: Iterable<string> | Selection): void;
  /**
   * Makes the store read-only (or lifts that) after it was created: the server took this
   * user's access away mid-session, so edits made now could never be saved.
   */
  setReadOnly(readOnly: boolean): void;
  /** Detaches from the Y.Doc (which the caller still owns). */
  destroy(): void;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

const isNewerSchema = (ydoc: Y.Doc) => {
  const version = getMetaMap(ydoc).get('schemaVersion');
  return typeof version === 'number' && version > GRAPH_SCHEMA_VERSION;
};

/**
 * Creates the store for one user on one Y.Doc.
 *
 * @example
 * const doc = createDocumentStore({ ydoc, userId: me.id });
 * const result = doc.execute({ kind: 'MoveNodes', moves: [{ id: 'sh12a', position: { x: 40, y: 80 } }] });
 * if (!result.ok && result.code !== 'nothing_to_do') toast(result.reason);
 * doc.undo(); // "Move Shot 12A" reverted, selection restored
 * @remarks Building the read model is O(nodes + edges); a remote or local change then
 * costs O(what it touched), plus O(nodes + edges) when nodes or links are added or removed
 * (the derived view). Store updates are batched: one `setState` per transaction, or per
 * command, undo or redo.
 */
export const createDocumentStore = (options: DocumentStoreOptions): DocumentStore => {
  const { ydoc } = options;
  const origin: object = Object.freeze({ name: 'production-canvas/local', userId: options.userId ?? null });
  const createId = options.createId ?? createRandomId;
  const readModel = createReadModel(ydoc);
  let historyChanged = false;
  let depth = 0;
  let forcedReadOnly = Boolean(options.readOnly);

  const history = createHistory(ydoc, origin, {
    capacity: options.historyCapacity ?? 200,
    coalesceMs: 1000,
    onChange: () => {
      historyChanged = true;
    },
  });

  const store = createStore<DocumentState>()(() => ({
    ...readModel.build(),
    selection: emptySelection,
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
    readOnly: forcedReadOnly || isNewerSchema(ydoc),
  }));

  /** Brings the store up to date in one `setState`, keeping every untouched object. */
  const flush = (selection?: Selection) => {
    const state = store.getState();
    const slice = readModel.apply(state);
    let nextSelection = selection ?? state.selection;
    const nodeIds = nextSelection.nodeIds.filter((id) => slice.nodes[id] !== undefined);
    const edgeIds = nextSelection.edgeIds.filter((id) => slice.edges[id] !== undefined);
    if (!sameIds(nodeIds, nextSelection.nodeIds) || !sameIds(edgeIds, nextSelection.edgeIds)) nextSelection = { nodeIds, edgeIds };
    if (sameIds(nextSelection.nodeIds, state.selection.nodeIds) && sameIds(nextSelection.edgeIds, state.selection.edgeIds)) {
      nextSelection = state.selection;
    }
    const patch: { -readonly [K in keyof DocumentState]?: DocumentState[K] } = {};
    if (slice !== state) Object.assign(patch, slice);
    if (nextSelection !== state.selection) patch.selection = nextSelection;
    if (historyChanged) {
      historyChanged = false;
      const undoLabel = history.undoLabel();
      const redoLabel = history.redoLabel();
      if (undoLabel !== state.undoLabel || redoLabel !== state.redoLabel) {
        Object.assign(patch, { undoLabel, redoLabel, canUndo: undoLabel !== null, canRedo: redoLabel !== null });
      }
    }
    const readOnly = forcedReadOnly || isNewerSchema(ydoc);
    if (readOnly !== state.readOnly) patch.readOnly = readOnly;
    if (Object.keys(patch).length > 0) store.setState(patch);
  };

  /** Runs `fn` with store updates held back, then flushes once. */
  const batch = <T>(fn: () => T, selectionAfter?: (result: T) => Selection | undefined): T => {
    depth += 1;
    let result: T;
    try {
      result = fn();
    } finally {
      depth -= 1;
    }
    if (depth === 0) flush(selectionAfter?.(result));
    return result;
  };

  const onAfterTransaction = () => {
    if (depth === 0) flush();
  };
  ydoc.on('afterTransaction', onAfterTransaction);

  // The visible graph for command checks, rebuilt only when nodes or edges changed.
  let visible: { nodes: DocumentState['nodes']; edges: DocumentState['edges']; graph: GraphDocument } | undefined;
  const getGraph = (): GraphDocument => {
    const state = store.getState();
    if (visible?.nodes === state.nodes && visible.edges === state.edges) return visible.graph;
    const graph: GraphDocument = {
      schemaVersion: GRAPH_SCHEMA_VERSION,
      nodes: state.nodeIds.map((id) => state.nodes[id] as NodeView),
      edges: state.edgeIds.map((id) => state.edges[id] as EdgeView).filter((edge) => !edge.hidden),
    };
    visible = { nodes: state.nodes, edges: state.edges, graph };
    return graph;
  };

  const execute = (command: Command): CommandResult => {
    const state = store.getState();
    if (state.readOnly) return { ok: false, code: 'read_only', reason: 'This graph is read-only for you.' };
    const ctx: CommandContext = { origin, selection: state.selection, createId, getGraph };
    const plan = planCommand(ydoc, command, ctx);
    if (!plan.ok) return plan;
    const selectionAfter = plan.selection ?? state.selection;
    return batch(
      () => {
        history.record({ label: plan.label, selectionBefore: state.selection, selectionAfter }, plan.coalesceKey, () =>
          ydoc.transact(plan.apply, origin),
        );
        return { ok: true as const, label: plan.label, selection: selectionAfter, created: plan.created ?? [] };
      },
      () => selectionAfter,
    );
  };

  const step = (which: 'undo' | 'redo'): HistoryResult => {
    if (store.getState().readOnly) return { ok: false, code: 'read_only', reason: 'This graph is read-only for you.' };
    const outcome = batch(
      () => (which === 'undo' ? history.undo() : history.redo()),
      (result) => (result.kind === 'applied' ? (which === 'undo' ? result.meta.selectionBefore : result.meta.selectionAfter) : undefined),
    );
    switch (outcome.kind) {
      case 'applied':
        return { ok: true, label: outcome.meta.label };
      case 'overwritten':
        return {
          ok: false,
          code: 'overwritten',
          reason: `Nothing left to ${which} in “${outcome.meta.label}”: collaborators have changed all of it since.`,
        };
      case 'empty':
        return which === 'undo'
          ? { ok: false, code: 'nothing_to_undo', reason: 'There is nothing to undo.' }
          : { ok: false, code: 'nothing_to_redo', reason: 'There is nothing to redo.' };
    }
  };

  const select = (selection: Iterable<string> | Selection) => {
    const state = store.getState();
    if ('nodeIds' in selection) {
      const nodeIds = [...new Set(selection.nodeIds)].filter((id) => state.nodes[id] !== undefined);
      const edgeIds = [...new Set(selection.edgeIds)].filter((id) => state.edges[id] !== undefined);
      flush({ nodeIds, edgeIds });
      return;
    }
    const nodeIds: string[] = [];
    const edgeIds: string[] = [];
    for (const id of new Set(selection)) {
      if (state.nodes[id]) nodeIds.push(id);
      else if (state.edges[id]) edgeIds.push(id);
    }
    flush({ nodeIds, edgeIds });
  };

  return {
    ydoc,
    origin,
    store,
    execute,
    undo: () => step('undo'),
    redo: () => step('redo'),
    stopCapturing: history.stopCapturing,
    select,
    setReadOnly: (readOnly) => {
      forcedReadOnly = readOnly;
      flush();
    },
    destroy: () => {
      ydoc.off('afterTransaction', onAfterTransaction);
      history.destroy();
      readModel.destroy();
    },
  };
};
