import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Position } from '@pc/graph';

export interface GraphMeta {
  readonly id: string;
  readonly name: string;
  /** The server revision when the graph was opened (the live document moves on without it). */
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
  /** `find`: the find-a-node dialog (Mod+F). */
  readonly panels: { readonly properties: boolean; readonly shortcuts: boolean; readonly find: boolean };
  readonly quickAdd: QuickAddAnchor | null;
}

export type SessionStore = StoreApi<SessionState>;

export const createSessionStore = (graph: GraphMeta): SessionStore =>
  createStore<SessionState>()(() => ({
    graph,
    panels: { properties: true, shortcuts: false, find: false },
    quickAdd: null,
  }));

/* Writers: free functions over the store, so the state stays plain data. */

export const setPanel = (store: SessionStore, panel: keyof SessionState['panels'], open: boolean): void =>
  store.setState((state) => (state.panels[panel] === open ? state : { panels: { ...state.panels, [panel]: open } }));

export const renameGraph = (store: SessionStore, name: string): void => store.setState((state) => ({ graph: { ...state.graph, name } }));


export const openQuickAdd = (store: SessionStore, anchor: QuickAddAnchor): void => store.setState({ quickAdd: anchor });

export const closeQuickAdd = (store: SessionStore): void => {
  if (store.getState().quickAdd) store.setState({ quickAdd: null });
};
