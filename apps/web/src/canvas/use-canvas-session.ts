import { useEffect } from 'react';
import type { CanvasActions } from './canvas-actions.js';
import { createClipboardBridge } from './clipboard/clipboard-bridge.js';
import { createShortcuts } from './shortcuts/create-shortcuts.js';
import { isMacPlatform } from './shortcuts/keymap.js';

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
