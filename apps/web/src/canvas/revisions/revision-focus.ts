import { useEffect, type RefObject } from 'react';
import { graphPath } from '../../app/router.js';
import { isShown } from '../../ui/shown-focus.js';

/*
 * Opening a revision leaves the live canvas for another page, so the control that opened it
 * (a row's Open inside the Revisions dialog, the Open revision link of a run in the run
 * history drawer) is gone when the person comes back. Where it was opened from is remembered
 * here until its live page returns, and the focus goes to the way back to that list.
 */

/** Where a revision was opened from: the Revisions dialog, or the run history at one run. */
export type RevisionOpener = { via: 'revisions' } | { via: 'run-history'; runId: string };

let openedFrom: { graphId: string; opener: RevisionOpener } | null = null;

/** A revision of `graphId` is being opened from `opener`. */
export const rememberRevisionOpener = (graphId: string, opener: RevisionOpener = { via: 'revisions' }): void => {
  openedFrom = { graphId, opener };
};

/**
 * The revision view's heading takes the focus as it opens (it was left on the page, and a
 * screen reader said nothing of where it was); when the view closes to anything but its
 * live graph (the graph list, another graph) there is no way back to go to.
 */
export const useRevisionViewFocus = (heading: RefObject<HTMLElement | null>, graphId: string): void => {
  useEffect(() => {
    heading.current?.focus();
    return () => {
      if (window.location.pathname + window.location.search !== graphPath(graphId)) openedFrom = null;
    };
  }, [heading, graphId]);
};

/**
 * The first of `candidates` that is shown: on a phone the toolbar's Revisions is hidden inside
 * the menu, where focus() on it did nothing and the focus stayed on the page; the menu's
 * button is the way back there.
 */
export const firstShown = (candidates: ReadonlyArray<HTMLElement | null | undefined>): HTMLElement | null => candidates.find(isShown) ?? null;

/**
 * On the live graph back from a revision view: `onReturn` is told where the revision was
 * opened from, to put the person back there (the Revisions button, the run history at the run).
 */
export const useReturnFromRevision = (graphId: string, onReturn: (opener: RevisionOpener) => void): void => {
  useEffect(() => {
    if (openedFrom?.graphId !== graphId) return;
    const { opener } = openedFrom;
    openedFrom = null;
    onReturn(opener);
    // Once, as the live page opens: `onReturn` reads the toolbar as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graphId]);
};
