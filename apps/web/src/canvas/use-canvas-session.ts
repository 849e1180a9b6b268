import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { CanvasActions } from './canvas-actions.js';
import { createClipboardBridge } from './clipboard/clipboard-bridge.js';
import { createRestAutosave } from './persistence/rest-autosave.js';
import type { Persistence } from './persistence/types.js';
import { createShortcuts } from './shortcuts/create-shortcuts.js';
import { isMacPlatform } from './shortcuts/keymap.js';
import type { Canvas } from './store/canvas.js';

/** Mounts persistence for the open graph; pending edits are flushed when the canvas closes. */
export const usePersistence = (canvas: Canvas, enabled: boolean): Persistence | null => {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const instance = createRestAutosave({ canvas, api });
    setPersistence(instance);
    return () => {
      void instance.flush().finally(() => instance.destroy());
    };
  }, [canvas, enabled]);
  return persistence;
};

/** Asks before the tab closes while anything is not yet on the server. */
export const useUnsavedChangesGuard = (canvas: Canvas) => {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (canvas.session.getState().save.status === 'saved') return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [canvas]);
};

/** Mounts the keyboard shortcuts and the clipboard bridge on the window for the canvas's life. */
export const useCanvasKeyboard = (actions: CanvasActions) => {
  useEffect(() => {
    const shortcuts = createShortcuts({ isMac: isMacPlatform(), run: actions.run });
    const clipboard = createClipboardBridge({ getCopyText: actions.copyText, onCut: actions.cut, onPaste: (text) => actions.paste(text) });
    const onKeyDown = (event: KeyboardEvent) => void shortcuts.handleKeyDown(event);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      shortcuts.destroy();
      clipboard.destroy();
    };
  }, [actions]);
};
