import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { explanationBubbles } from './one-shown.js';

/** The least room between a bubble and the window's edge, in px. */
const EDGE = 8;

/** What the control inside an `Explained` spreads on itself. */
export interface ExplainedTriggerProps {
  'aria-describedby': string;
  onPointerEnter(event: PointerEvent): void;
  onPointerLeave(event: PointerEvent): void;
  onFocus(): void;
  onBlur(): void;
  onClick(): void;
  onKeyDown(event: KeyboardEvent): void;
}

interface ExplainedProps {
  /**
   * What the control means or why it does not act, and what to do instead: a sentence, or
   * lines (a card badge's problems, its run status).
   */
  explanation: ReactNode;
  /** Classes of the wrapper, which takes the control's place in a flex row. */
  className?: string;
  /** Classes of the bubble, for content laid out as lines. */
  bubbleClassName?: string;
  /** Which edge of the control the bubble lines up with: the end for controls near the right edge. */
  align?: 'start' | 'end';
  /** Which side of the control the bubble hangs on: above for a card's badges, over the canvas and not the card. */
  side?: 'below' | 'above';
  children(trigger: ExplainedTriggerProps): ReactNode;
}

/**
 * A control with its explanation (why it cannot act; what a badge's count or status means),
 * as its accessible description (read out with it) and as a bubble shown on hover, on keyboard
 * focus and on a tap. A tooltip on hover alone (`title`) never reaches a keyboard or a touch
 * screen: there a refused control just looked broken. Escape or a tap elsewhere hides the
 * bubble; so does another one showing — every explanation bubble of the page is one of these,
 * so two never overlap.
 */
export const Explained = ({ explanation, className, bubbleClassName, align = 'start', side = 'below', children }: ExplainedProps) => {
  const id = useId();
  const [shown, setShown] = useState(false);
  const hide = useCallback(() => setShown(false), []);
  const show = useCallback(() => {
    explanationBubbles.show(hide);
    setShown(true);
  }, [hide]);
  useEffect(() => {
    if (!shown) explanationBubbles.gone(hide);
  }, [shown, hide]);
  useEffect(() => () => explanationBubbles.gone(hide), [hide]);
  const wrapper = useRef<HTMLSpanElement>(null);
  const bubble = useRef<HTMLSpanElement>(null);

  // Kept on screen: on a phone the badge sits near the right edge and its bubble ran off it.
  useLayoutEffect(() => {
    const element = bubble.current;
    if (!shown || !element) return;
    element.style.translate = '';
    const { left, right } = element.getBoundingClientRect();
    const shift = Math.min(0, window.innerWidth - EDGE - right) || Math.max(0, EDGE - left);
    if (shift !== 0) element.style.translate = `${shift}px 0`;
  }, [shown]);

  // A tap does not focus a button in every browser (Safari), so no blur would hide the bubble.
  useEffect(() => {
    if (!shown) return;
    const hideOutside = (event: Event) => {
      if (!wrapper.current?.contains(event.target as Node)) setShown(false);
    };
    document.addEventListener('pointerdown', hideOutside);
    return () => document.removeEventListener('pointerdown', hideOutside);
  }, [shown]);

  const trigger: ExplainedTriggerProps = {
    'aria-describedby': id,
    onPointerEnter: (event) => {
      if (event.pointerType === 'mouse') show();
    },
    onPointerLeave: (event) => {
      if (event.pointerType === 'mouse') setShown(false);
    },
    onFocus: show,
    onBlur: () => setShown(false),
    // Shows, never toggles: a tap focuses first in most browsers, and a toggle then hid it again.
    onClick: show,
    onKeyDown: (event) => {
      if (event.key !== 'Escape' || !shown) return;
      // The bubble is what Escape closes here, not the canvas selection behind it.
      event.preventDefault();
      event.stopPropagation();
      setShown(false);
    },
  };

  return (
    <span ref={wrapper} className={`explained${className ? ` ${className}` : ''}`}>
      {children(trigger)}
      {/* Hidden, it still describes the control: aria-describedby reads hidden content. */}
      <span ref={bubble} id={id} role="tooltip" className={`explained__bubble explained__bubble--${align} explained__bubble--${side} tooltip-surface${bubbleClassName ? ` ${bubbleClassName}` : ''}`} hidden={!shown} data-testid="explanation">
        {explanation}
      </span>
    </span>
  );
};
