import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Position } from '@pc/graph';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** Why the last save failed, in words for the toolbar. */
export interface SaveProblem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

export interface SaveState {
  readonly status: SaveStatus;
  readonly problem: SaveProblem | null;
  readonly lastSavedAt: number | null;
}

export interface GraphMeta {
  readonly id: string;
  readonly name: string;
  /** The server revision the local document is based on; sent as If-Match. */
  readonly revision: number;
}

/** Where the quick-add palette opened: on screen (relative to the canvas) and in the flow. */
export interface QuickAddAnchor {
  readonly screen: Position;
  readonly flow: Position;
}

/**
 * Session state of one open graph in this tab: never saved, never undone (STYLE item 7).
 * Selection is session state too, but lives in the document store, which restores it on undo.
 */
export interface SessionState {
  readonly graph: GraphMeta;
  readonly panels: { readonly properties: boolean; readonly shortcuts: boolean };
  readonly quickAdd: QuickAddAnchor | null;
  readonly save: SaveState;
}

export type SessionStore = StoreApi<SessionState>;

export const createSessionStore = (graph: GraphMeta): SessionStore =>
  createStore<SessionState>()(() => ({
    graph,
    panels: { properties: true, shortcuts: false },
    quickAdd: null,
    save: { status: 'saved', problem: null, lastSavedAt: null },
  }));

/* Writers: free functions over the store, so the state stays plain data. */

export const setPanel = (store: SessionStore, panel: keyof SessionState['panels'], open: boolean): void =>
  store.setState((state) => (state.panels[panel] === open ? state : { panels: { ...state.panels, [panel]: open } }));

export const renameGraph = (store: SessionStore, name: string): void => store.setState((state) => ({ graph: { ...state.graph, name } }));

export const setRevision = (store: SessionStore, revision: number): void =>
  store.setState((state) => ({ graph: { ...state.graph, revision } }));

export const setSave = (store: SessionStore, patch: Partial<SaveState>): void =>
  store.setState((state) => ({ save: { ...state.save, ...patch } }));

export const openQuickAdd = (store: SessionStore, anchor: QuickAddAnchor): void => store.setState({ quickAdd: anchor });

export const closeQuickAdd = (store: SessionStore): void => {
  if (store.getState().quickAdd) store.setState({ quickAdd: null });
};
