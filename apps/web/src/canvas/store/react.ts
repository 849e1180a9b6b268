import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CanvasState, CanvasStore } from './canvas-store.js';

/*
 * React bindings of the canvas store. Components read with `useCanvas(selector)`; event
 * handlers call `useCanvasStore().getState()` at the time of the event, so they never
 * subscribe and never re-render for state they only act on.
 */

export const CanvasStoreContext = createContext<CanvasStore | null>(null);

export const useCanvasStore = (): CanvasStore => {
  const store = useContext(CanvasStoreContext);
  if (!store) throw new Error('useCanvasStore outside <CanvasStoreContext.Provider>');
  return store;
};

export const useCanvas = <T,>(selector: (state: CanvasState) => T): T => useStore(useCanvasStore(), selector);
