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
