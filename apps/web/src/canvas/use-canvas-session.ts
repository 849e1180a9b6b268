import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { createAutosave, type Autosave } from './store/autosave.js';
import type { CanvasStore } from './store/canvas-store.js';

/** Mounts autosave for the open graph; pending edits are flushed when the canvas closes. */
export const useAutosave = (store: CanvasStore, enabled: boolean): Autosave | null => {
  const [autosave, setAutosave] = useState<Autosave | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const instance = createAutosave({ store, api });
    setAutosave(instance);
    return () => {
      void instance.flush().finally(() => instance.destroy());
    };
  }, [store, enabled]);
  return autosave;
};

/** Asks before the tab closes while anything is not yet on the server. */
export const useUnsavedChangesGuard = (store: CanvasStore) => {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (store.getState().session.save.status === 'saved') return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Delete removes the selection, Escape clears it, Ctrl/⌘+S saves now; never while typing. */
export const useCanvasShortcuts = (store: CanvasStore, autosave: Autosave | null, editable = true) => {
  useEffect(() => {
    if (!editable) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void autosave?.flush();
        return;
      }
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        store.getState().deleteSelection();
      } else if (event.key === 'Escape') {
        store.getState().select({ nodeIds: [], edgeIds: [] });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, autosave, editable]);
};
