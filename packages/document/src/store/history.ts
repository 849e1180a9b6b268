import * as Y from 'yjs';
import { nodeTitle } from '../commands/describe.js';
import type { Selection } from '../commands/types.js';
import { getFieldTitle } from '../model/fields.js';
import { readNodeView } from '../model/read.js';
import { getEdgesMap, getNodesMap } from '../model/schema.js';

/** What the history remembers about a step besides the document change. */
export interface StepMeta {
  readonly label: string;
  /** Undefined for a step written outside a command (an editor bound to a Y.Text): keep the selection. */
  readonly selectionBefore?: Selection;
  readonly selectionAfter?: Selection;
}

/** The outcome of one undo or redo. */
export type StepOutcome =
  | { readonly kind: 'applied'; readonly meta: StepMeta }
  /** The step's every change had been overwritten or deleted by collaborators: nothing to revert. */
  | { readonly kind: 'overwritten'; readonly meta: StepMeta }
  | { readonly kind: 'empty' };

export interface HistoryOptions {
  /** Oldest steps beyond this many are forgotten (their tombstones released). */
  readonly capacity: number;
  /** How long successive commands with one coalesce key keep merging, in ms. */
  readonly coalesceMs: number;
  readonly onChange: () => void;
}

const META = 'production-canvas/step';

/**
 * A label for a step written outside a command, such as typing through an editor bound to
 * a node's Y.Text with the store's origin: "Edit Script of Scene 12" when one text changed.
 */
const describeDirectEdit = (ydoc: Y.Doc, changed: ReadonlyMap<Y.AbstractType<Y.YEvent<Y.AbstractType<unknown>>>, unknown>): StepMeta => {
  const edits = new Set<string>();
  let last: { nodeId: string; field: string } | undefined;
  for (const type of changed.keys()) {
    if (!(type instanceof Y.Text)) continue;
    const field = type._item?.parentSub;
    const nodeId = type.parent?.parent?._item?.parentSub;
    if (!field || !nodeId) continue;
    edits.add(`${nodeId} ${field}`);
    last = { nodeId, field };
  }
  if (edits.size !== 1 || !last) return { label: 'Edit text' };
  const node = getNodesMap(ydoc).get(last.nodeId);
  if (!node) return { label: 'Edit text' };
  const view = readNodeView(last.nodeId, node);
  return { label: `Edit ${getFieldTitle(view.type, last.field)} of ${nodeTitle(view)}` };
};

type StackItem = Y.UndoManager['undoStack'][number];

/**
 * Per-user undo over the document's nodes and edges. Y.UndoManager tracks exactly the
 * store's local origin, so remote changes (another origin) never enter the stack and undo
 * only ever reverts this user's operations; a value a collaborator wrote since is kept
 * (`ignoreRemoteMapChanges` stays off).
 *
 * Each step carries its label and the selection before and after it in the stack item's
 * meta. Y.UndoManager would silently undo an *older* step when the newest one has nothing
 * left to revert; here one call pops exactly one step and reports that case instead.
 */
export interface History {
  /** Runs `write` (one transaction under the tracked origin) as one step. */
  record(meta: StepMeta, coalesceKey: string | undefined, write: () => void): void;
  undo(): StepOutcome;
  redo(): StepOutcome;
  /** The next command starts a new step even if it would coalesce. */
  stopCapturing(): void;
  readonly undoLabel: () => string | null;
  readonly redoLabel: () => string | null;
  destroy(): void;
}

export const createHistory = (ydoc: Y.Doc, origin: object, options: HistoryOptions): History => {
  const manager = new Y.UndoManager([getNodesMap(ydoc), getEdgesMap(ydoc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.coalesceMs,
  });
  let pending: StepMeta | null = null;
  let lastCoalesceKey: string | undefined;
  let lastCoalesceAt = 0;

  const metaOf = (item: StackItem | undefined): StepMeta | undefined => item?.meta.get(META) as StepMeta | undefined;

  /** Forgets the oldest steps, letting Yjs collect the deleted content they kept alive. */
  const trim = () => {
    const excess = manager.undoStack.length - options.capacity;
    if (excess <= 0) return;
    const dropped = manager.undoStack.splice(0, excess);
    const scope = manager.scope;
    ydoc.transact((transaction) => {
      for (const item of dropped) {
        Y.iterateDeletedStructs(transaction, item.deletions, (struct) => {
          if (struct instanceof Y.Item && scope.some((type) => type instanceof Y.AbstractType && Y.isParentOf(type, struct))) {
            struct.keep = false;
          }
        });
      }
    });
  };

  manager.on('stack-item-added', ({ stackItem, type, changedParentTypes }) => {
    // While undoing (or redoing), the step being reverted is `currStackItem`: its meta
    // moves to the step that re-applies it.
    const source = manager.undoing || manager.redoing ? metaOf(manager.currStackItem ?? undefined) : pending;
    stackItem.meta.set(META, source ?? describeDirectEdit(ydoc, changedParentTypes));
    if (type === 'undo') trim();
    options.onChange();
  });
  manager.on('stack-item-updated', ({ stackItem }) => {
    const meta = metaOf(stackItem);
    if (meta && pending) stackItem.meta.set(META, { ...meta, selectionAfter: pending.selectionAfter });
  });
  manager.on('stack-item-popped', options.onChange);
  manager.on('stack-cleared', options.onChange);

  const popOne = (which: 'undo' | 'redo'): StepOutcome => {
    const stack = which === 'undo' ? manager.undoStack : manager.redoStack;
    const meta = metaOf(stack.at(-1));
    if (stack.length === 0) return { kind: 'empty' };
    // Hide the older steps so Y.UndoManager cannot fall through to them.
    const older = stack.splice(0, stack.length - 1);
    let applied: unknown;
    try {
      applied = which === 'undo' ? manager.undo() : manager.redo();
    } finally {
      (which === 'undo' ? manager.undoStack : manager.redoStack).unshift(...older);
    }
    lastCoalesceKey = undefined;
    manager.stopCapturing();
    options.onChange();
    const known = meta ?? { label: 'Edit' };
    return applied ? { kind: 'applied', meta: known } : { kind: 'overwritten', meta: known };
  };

  return {
    record: (meta, coalesceKey, write) => {
      // The window is enforced here rather than left to captureTimeout, so the rule is ours:
      // merge only the same key, within coalesceMs of the previous merge.
      const now = Date.now();
      if (coalesceKey === undefined || coalesceKey !== lastCoalesceKey || now - lastCoalesceAt > options.coalesceMs) {
        manager.stopCapturing();
      }
      lastCoalesceKey = coalesceKey;
      lastCoalesceAt = now;
      pending = meta;
      try {
        write();
      } finally {
        pending = null;
      }
    },
    undo: () => popOne('undo'),
    redo: () => popOne('redo'),
    stopCapturing: () => {
      lastCoalesceKey = undefined;
      manager.stopCapturing();
    },
    undoLabel: () => metaOf(manager.undoStack.at(-1))?.label ?? null,
    redoLabel: () => metaOf(manager.redoStack.at(-1))?.label ?? null,
    destroy: () => manager.destroy(),
  };
};
