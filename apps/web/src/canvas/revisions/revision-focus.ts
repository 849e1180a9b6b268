import { useEffect, type RefObject } from 'react';
import { graphPath } from '../../app/router.js';

/*
 * Opening a revision from the Revisions dialog leaves the live canvas for another page, so
 * the control that opened it (the row's Open, inside a dialog that is gone) cannot take the
 * focus back. The graph it was opened from is remembered here until its live page returns,
 * where the focus goes to the toolbar's Revisions, the way back to that list.
 */
let openedFrom: string | null = null;

/** The Revisions dialog is opening a revision of `graphId`. */
export const rememberRevisionOpener = (graphId: string): void => {
  openedFrom = graphId;
};

/**
 * The revision view's heading takes the focus as it opens (it was left on the page, and a
 * screen reader said nothing of where it was); when the view closes to anything but its
 * live graph (the graph list, another graph) there is no Revisions to go back to.
 */
export const useRevisionViewFocus = (heading: RefObject<HTMLElement | null>, graphId: string): void => {
  useEffect(() => {
    heading.current?.focus();
    return () => {
      if (window.location.pathname + window.location.search !== graphPath(graphId)) openedFrom = null;
    };
  }, [heading, graphId]);
};

/** On the live graph back from a revision the Revisions dialog opened: the focus goes to `revisions`. */
export const useFocusOnReturnFromRevision = (revisions: RefObject<HTMLElement | null>, graphId: string): void => {
  useEffect(() => {
    if (openedFrom !== graphId) return;
    openedFrom = null;
    revisions.current?.focus();
  }, [revisions, graphId]);
};
