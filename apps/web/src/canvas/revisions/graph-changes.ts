import type * as Y from 'yjs';

/** How long the graph stays unchanged before its revision is read again: one read per burst of edits. */
export const SETTLE_MS = 600;

/**
 * Calls `onSettled` once the live document has stopped changing for `quietMs` — after a
 * collaborator's edit, this user's own, or a REST write the server applied to the room —
 * so whatever shows the graph's revision (the Revisions dialog's "current" mark) reads it
 * again once per burst, not once per keystroke.
 *
 * @returns stops watching (and drops a pending call).
 */
export const watchGraphChanges = (ydoc: Y.Doc, onSettled: () => void, quietMs = SETTLE_MS): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, quietMs);
  };
  ydoc.on('update', changed);
  return () => {
    clearTimeout(timer);
    ydoc.off('update', changed);
  };
};

/**
 * Calls `onReturn` when the tab comes back into view (or the window regains focus): what
 * changed meanwhile without a live signal (a script's REST save, another tab) is read then.
 *
 * @returns stops watching.
 */
export const watchTabReturn = (onReturn: () => void): (() => void) => {
  const returned = () => {
    if (document.visibilityState === 'visible') onReturn();
  };
  window.addEventListener('focus', returned);
  document.addEventListener('visibilitychange', returned);
  return () => {
    window.removeEventListener('focus', returned);
    document.removeEventListener('visibilitychange', returned);
  };
};
