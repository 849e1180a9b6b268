import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DocumentState } from '@pc/document';
import type { Canvas } from './canvas.js';
import type { RunsState } from '../runs/run-store.js';
import type { SessionState } from './session-store.js';

/*
 * React bindings of the open canvas. Components read with `useDocument(selector)` or
 * `useSession(selector)`; event handlers call `useCanvas()` and read `getState()` at the
 * time of the event, so they never subscribe to state they only act on.
 */

export const CanvasContext = createContext<Canvas | null>(null);

export const useCanvas = (): Canvas => {
  const canvas = useContext(CanvasContext);
  if (!canvas) throw new Error('useCanvas outside <CanvasContext.Provider>');
  return canvas;
};

export const useDocument = <T,>(selector: (state: DocumentState) => T): T => useStore(useCanvas().doc.store, selector);

export const useSession = <T,>(selector: (state: SessionState) => T): T => useStore(useCanvas().session, selector);

export const useRuns = <T,>(selector: (state: RunsState) => T): T => useStore(useCanvas().runs, selector);
