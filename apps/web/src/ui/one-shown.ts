/**
 * One explanation bubble on screen at a time: a bubble that shows hides the one before it
 * (a focused control's and a hovered one's could both be up, one over the other).
 */
export interface OneShown {
  /** `hide` is now the bubble on screen; the one before it is hidden. */
  show(hide: () => void): void;
  /** `hide`'s bubble went away on its own: nothing to hide next time. */
  gone(hide: () => void): void;
}

export const createOneShown = (): OneShown => {
  let current: (() => void) | undefined;
  return {
    show(hide) {
      if (current && current !== hide) current();
      current = hide;
    },
    gone(hide) {
      if (current === hide) current = undefined;
    },
  };
};

/** The page's bubbles share this one. */
export const explanationBubbles = createOneShown();
