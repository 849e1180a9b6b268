import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { castDraft } from 'immer';
import type { GraphDocument, Position } from '@pc/graph';
import * as commands from './commands.js';
import { emptyCanvasDocument, fromGraphDocument, toGraphDocument, type CanvasDocument } from './canvas-document.js';
import { createGraphValidator, type ConnectionCheck, type ProposedConnection as ConnectionRequest } from '@pc/graph';
import { emptyIssueIndex, indexIssues, type IssueIndex } from './issue-index.js';
import { indexPortUsage, type PortUsage } from './port-usage.js';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** Why the last save failed, in words for the toolbar. */
export interface SaveProblem {
  status: number;
  code: string;
  message: string;
}

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export interface GraphMeta {
  id: string;
  name: string;
  /** The server revision the local document is based on; sent as If-Match. */
  revision: number;
}

/** Session state: this browser tab only. Never saved, never undone. */
export interface CanvasSession {
  graph: GraphMeta | null;
  /** The document as the server last acknowledged it; "dirty" means `document !== savedDocument`. */
  savedDocument: CanvasDocument;
  selection: Selection;
  panels: { properties: boolean };
  issues: IssueIndex;
  /** Edges per port per node, derived from the document for the node cards. */
  portUsage: Readonly<Record<string, PortUsage>>;
  save: { status: SaveStatus; problem: SaveProblem | null; lastSavedAt: number | null };
}

export interface CanvasState {
  document: CanvasDocument;
  session: CanvasSession;

  // Document commands (the only writers of `document`).
  load(graph: { id: string; name: string; revision: number; document: GraphDocument }): void;
  addNode(type: string, position: Position, options?: { id?: string; data?: Record<string, unknown> }): string | null;
  moveNodes(moves: readonly commands.NodeMove[]): void;
  updateFields(nodeId: string, fields: Record<string, unknown>): void;
  connect(request: ConnectionRequest): ConnectionCheck;
  disconnect(edgeIds: readonly string[]): void;
  deleteSelection(): void;

  // Session actions.
  select(selection: { nodeIds: readonly string[]; edgeIds: readonly string[] }): void;
  setPanel(panel: keyof CanvasSession['panels'], open: boolean): void;
  renameGraph(name: string): void;
  markSaving(): void;
  markSaved(revision: number, document: CanvasDocument): void;
  markSaveFailed(problem: SaveProblem): void;
  markConflict(problem: SaveProblem): void;
}

export type CanvasStore = Mutate<StoreApi<CanvasState>, [['zustand/immer', never]]>;

export const emptySelection: Readonly<Selection> = Object.freeze({ nodeIds: [], edgeIds: [] });

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Runs `validate` later (the app) or now (tests); returns a cancel function. */
export type ValidationScheduler = (validate: () => void) => () => void;

export const immediately: ValidationScheduler = (validate) => {
  validate();
  return () => {};
};

// Long enough to coalesce a burst of keystrokes, short enough to feel live.
export const afterIdle: ValidationScheduler = (validate) => {
  const timer = setTimeout(validate, 120);
  return () => clearTimeout(timer);
};

const initialSession = (document: CanvasDocument): CanvasSession => ({
  graph: null,
  savedDocument: document,
  selection: { nodeIds: [], edgeIds: [] },
  panels: { properties: true },
  issues: emptyIssueIndex,
  portUsage: {},
  save: { status: 'saved', problem: null, lastSavedAt: null },
});

/**
 * The canvas store: one per open graph. Document and session live side by side but are
 * written by different actions; the next step replaces `document` with a Y.Doc behind the
 * same command names.
 */
export const createCanvasStore = ({ scheduleValidation = afterIdle }: { scheduleValidation?: ValidationScheduler } = {}): CanvasStore => {
  const initial = emptyCanvasDocument();
  const store = createStore<CanvasState>()(
    immer((set, get) => {
      // Every document write goes through here, so the save status follows the document.
      const write = (recipe: (doc: CanvasDocument) => void) =>
        set((state) => {
          recipe(state.document);
        });

      return {
        document: initial,
        session: initialSession(initial),

        load: (graph) =>
          set((state) => {
            const document = fromGraphDocument(graph.document);
            state.document = document;
            state.session = castDraft({
              ...initialSession(document),
              graph: { id: graph.id, name: graph.name, revision: graph.revision },
              panels: { ...state.session.panels },
              portUsage: indexPortUsage(document.edges, {}),
            });
          }),

        addNode: (type, position, options = {}) => {
          let id: string | null = null;
          set((state) => {
            id = commands.addNode(state.document, { type, position, ...options });
            if (id) state.session.selection = { nodeIds: [id], edgeIds: [] };
          });
          return id;
        },

        moveNodes: (moves) => write((doc) => commands.moveNodes(doc, moves)),

        updateFields: (nodeId, fields) => write((doc) => commands.updateFields(doc, nodeId, fields)),

        connect: (request) => {
          let result: ConnectionCheck = { ok: true };
          write((doc) => {
            result = commands.connect(doc, request);
          });
          return result;
        },

        disconnect: (edgeIds) => write((doc) => commands.disconnect(doc, edgeIds)),

        deleteSelection: () => {
          const { nodeIds, edgeIds } = get().session.selection;
          if (nodeIds.length === 0 && edgeIds.length === 0) return;
          set((state) => {
            commands.deleteElements(state.document, { nodeIds, edgeIds });
            state.session.selection = { nodeIds: [], edgeIds: [] };
          });
        },

        select: (selection) => {
          const current = get().session.selection;
          if (sameIds(current.nodeIds, selection.nodeIds) && sameIds(current.edgeIds, selection.edgeIds)) return;
          set((state) => {
            state.session.selection = { nodeIds: [...selection.nodeIds], edgeIds: [...selection.edgeIds] };
          });
        },

        setPanel: (panel, open) =>
          set((state) => {
            state.session.panels[panel] = open;
          }),

        renameGraph: (name) =>
          set((state) => {
            if (state.session.graph) state.session.graph.name = name;
          }),

        markSaving: () =>
          set((state) => {
            state.session.save.status = 'saving';
          }),

        markSaved: (revision, document) => {
          // Compared outside the recipe: inside it, `state.document` is an immer draft.
          const upToDate = get().document === document;
          set((state) => {
            if (state.session.graph) state.session.graph.revision = revision;
            state.session.savedDocument = castDraft(document);
            state.session.save = { status: upToDate ? 'saved' : 'dirty', problem: null, lastSavedAt: Date.now() };
          });
        },

        markSaveFailed: (problem) =>
          set((state) => {
            state.session.save.status = 'error';
            state.session.save.problem = problem;
          }),

        markConflict: (problem) =>
          set((state) => {
            state.session.save.status = 'conflict';
            state.session.save.problem = problem;
          }),
      };
    }),
  );

  // 1. A document edit makes the tab dirty (unless a conflict or error is showing, which
  //    stays until resolved). 2. Validation follows, coalesced by the scheduler.
  let cancelValidation = () => {};
  // Re-parses only nodes whose data object changed since the last run (immer keeps the rest).
  const validateGraph = createGraphValidator();
  store.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    const dirty = state.document !== state.session.savedDocument && state.session.save.status === 'saved';
    const portUsage = state.document.edges === previous.document.edges ? state.session.portUsage : indexPortUsage(state.document.edges, state.session.portUsage);
    if (dirty || portUsage !== state.session.portUsage) {
      store.setState((draft) => {
        if (dirty) draft.session.save.status = 'dirty';
        draft.session.portUsage = castDraft(portUsage);
      });
    }
    cancelValidation();
    cancelValidation = scheduleValidation(() => {
      const { document, session } = store.getState();
      const issues = indexIssues(validateGraph(toGraphDocument(document)), session.issues);
      if (issues !== session.issues)
        store.setState((draft) => {
          draft.session.issues = castDraft(issues);
        });
    });
  });

  return store;
};
