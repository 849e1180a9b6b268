import { createDocumentStore, createGraphDoc, type Command, type CommandResult, type DocumentStore, type HistoryResult } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import type * as Y from 'yjs';
import { announce } from '../../ui/announcer.js';
import { showToast, type Toast } from '../../ui/toasts.js';
import { createRunStore, type RunStore } from '../runs/run-store.js';
import { createSessionStore, type GraphMeta, type SessionStore } from './session-store.js';

/**
 * One open graph: the document store (Y.Doc, commands, undo, selection) and the session
 * store (graph meta, panels). The live connection is mounted beside it (`collab/`): it
 * fills the Y.Doc from the server before the canvas is created.
 */
export interface Canvas {
  readonly doc: DocumentStore;
  readonly session: SessionStore;
  /** This tab's view of the graph's runs (session state, never in the document). */
  readonly runs: RunStore;
  /** Runs a command; a refusal (other than `nothing_to_do`) is shown in a toast. */
  execute(command: Command): CommandResult;
  undo(): HistoryResult;
  redo(): HistoryResult;
  /** On a read-only canvas: says why an edit that runs no command (Space's quick add) does nothing; returns whether it was. */
  explainReadOnly(): boolean;
  destroy(): void;
}

export interface CanvasOptions {
  /** The graph, with either `document` (a local copy: a past revision, tests) or a synced `ydoc`. */
  readonly graph: GraphMeta & { readonly document?: GraphDocument };
  /** The live document, already synced with the server (never seeded here). */
  readonly ydoc?: Y.Doc;
  /** A viewer's canvas: every command, undo and redo is refused. */
  readonly readOnly?: boolean;
  /**
   * What a refused edit says on a read-only canvas (a viewer's: how to get edit access), in
   * place of the command's own "Could not delete". A key like Delete did nothing visible.
   */
  readonly readOnlyRefusal?: Omit<Toast, 'id'>;
  readonly userId?: string;
}

const titles: Partial<Record<Command['kind'], string>> = {
  Connect: 'Connection refused',
  Paste: 'Could not paste',
  Duplicate: 'Could not duplicate',
  AutoLayout: 'Could not arrange',
  DeleteSelection: 'Could not delete',
  AddNodes: 'Could not add',
  MoveNodes: 'Could not move',
  UpdateFields: 'Could not change the field',
};

export const createCanvas = ({ graph, ydoc: live, readOnly = false, readOnlyRefusal, userId }: CanvasOptions): Canvas => {
  const { document, ...meta } = graph;
  const ydoc = live ?? createGraphDoc(document);
  const doc = createDocumentStore({ ydoc, readOnly, ...(userId ? { userId } : {}) });
  const session = createSessionStore(meta);
  const runs = createRunStore();

  // A viewer is told how to get edit access, once per burst (toasts with the same words replace each other).
  const refuse = (reason: string, kind?: Command['kind']) => {
    if (readOnlyRefusal) showToast(readOnlyRefusal);
    else showToast({ tone: 'error', title: (kind && titles[kind]) ?? 'Refused', detail: reason });
  };

  // Undo and redo change the canvas where the eye sees it; a screen reader is told which step.
  const report = (verb: 'Undone' | 'Redone', result: HistoryResult) => {
    if (result.ok) announce(`${verb}: ${result.label}`);
    else if (result.code === 'overwritten') showToast({ tone: 'info', title: result.reason });
    else if (result.code === 'read_only' && readOnlyRefusal) refuse(result.reason);
    return result;
  };

  return {
    doc,
    session,
    runs,
    execute: (command) => {
      const result = doc.execute(command);
      if (result.ok || result.code === 'nothing_to_do') return result;
      if (result.code === 'read_only') refuse(result.reason, command.kind);
      else showToast({ tone: 'error', title: titles[command.kind] ?? 'Refused', detail: result.reason });
      return result;
    },
    undo: () => report('Undone', doc.undo()),
    redo: () => report('Redone', doc.redo()),
    explainReadOnly: () => {
      if (!doc.store.getState().readOnly) return false;
      refuse('This graph is read-only for you.');
      return true;
    },
    destroy: () => {
      doc.destroy();
      ydoc.destroy();
    },
  };
};
