import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useCanvas } from '../store/react.js';
import { createContinuityHints } from './continuity-hints.js';
import { getHintsStore, type HintsState } from './hints-store.js';

/** Reads the open canvas's continuity hints with a selector. */
export const useHints = <T,>(selector: (state: HintsState) => T): T => useStore(getHintsStore(useCanvas()), selector);

/** Keeps the hints computed while mounted (the hints panel mounts it once per canvas). */
export const useContinuityHints = (): void => {
  const canvas = useCanvas();
  useEffect(() => {
    const hints = createContinuityHints({ document: canvas.doc.store, hints: getHintsStore(canvas) });
    return hints.destroy;
  }, [canvas]);
};
