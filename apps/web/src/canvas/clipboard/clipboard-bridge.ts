import { isTypingTarget } from '../shortcuts/create-shortcuts.js';

export interface ClipboardBridgeOptions {
  /** The text to put on the clipboard for the selection, or null to leave copy to the browser. */
  getCopyText(): string | null;
  /** After a cut's text is on the clipboard: remove what was copied. */
  onCut(): void;
  /** Clipboard text pasted on the canvas; returns false when it was not ours to paste. */
  onPaste(text: string): boolean;
  target?: Pick<Document, 'addEventListener' | 'removeEventListener'>;
  /** Whether the page has a text selection the user may be copying (defaults to the window's). */
  hasTextSelection?(): boolean;
}

/** Text the user selected outside the canvas (a field's hint, an issue message) to copy. */
const hasDomTextSelection = () => {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!selection || selection.isCollapsed || selection.toString().trim() === '') return false;
  const anchor = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
  return !anchor?.closest('.react-flow');
};

/**
 * Copy, cut and paste of canvas nodes through the browser's own clipboard events, which
 * Mod+C / Mod+X / Mod+V (and the Edit menu) raise. Their `clipboardData` is synchronous,
 * needs no permission and works in every tab and in headless Chromium, where
 * `navigator.clipboard.readText()` asks for permission (or is refused) on each paste. The
 * data is plain-text JSON (`@pc/document`'s clipboard format), so it travels across graphs,
 * tabs and windows. A field with focus, or text selected on the page, keeps the browser's
 * behaviour.
 */
export const createClipboardBridge = ({
  getCopyText,
  onCut,
  onPaste,
  target = document,
  hasTextSelection = hasDomTextSelection,
}: ClipboardBridgeOptions): { destroy(): void } => {
  const write = (event: ClipboardEvent): boolean => {
    if (!event.clipboardData || isTypingTarget(event.target) || hasTextSelection()) return false;
    const text = getCopyText();
    if (text === null) return false;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    return true;
  };

  const onCopyEvent = (event: Event) => void write(event as ClipboardEvent);
  const onCutEvent = (event: Event) => {
    if (write(event as ClipboardEvent)) onCut();
  };
  const onPasteEvent = (event: Event) => {
    const clipboard = event as ClipboardEvent;
    if (!clipboard.clipboardData || isTypingTarget(clipboard.target)) return;
    if (onPaste(clipboard.clipboardData.getData('text/plain'))) clipboard.preventDefault();
  };

  target.addEventListener('copy', onCopyEvent);
  target.addEventListener('cut', onCutEvent);
  target.addEventListener('paste', onPasteEvent);
  return {
    destroy: () => {
      target.removeEventListener('copy', onCopyEvent);
      target.removeEventListener('cut', onCutEvent);
      target.removeEventListener('paste', onPasteEvent);
    },
  };
};
