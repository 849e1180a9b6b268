import { useCallback, useEffect, type FocusEvent, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Canvas } from './store/canvas.js';
import type { FlowNode } from './flow-nodes.js';
import { centreBesideSheet, sheetCover } from './fit-view.js';
import { selectPropertiesOpen } from './store/selectors.js';

const CARD = '.react-flow__node';

/** How many frames to wait for a card to be drawn as the Tab stop before giving up. */
const DRAW_FRAMES = 10;

const cardElement = (wrapper: ParentNode, id: string) => wrapper.querySelector<HTMLElement>(`${CARD}[data-id="${CSS.escape(id)}"]`);

/**
 * Focuses card `id` once React Flow draws it as the Tab stop: a frame or a few after it was
 * selected (flow-nodes.ts gives it the tabindex) or, past 300 cards, brought into view.
 *
 * @returns whether it was focused (false if it was not drawn in time).
 */
export const focusCardWhenDrawn = (wrapper: ParentNode, id: string): Promise<boolean> =>
  new Promise((resolve) => {
    let frames = 0;
    const attempt = () => {
      const card = cardElement(wrapper, id);
      if (card && card.tabIndex >= 0) {
        card.focus({ preventScroll: true });
        resolve(true);
      } else if (++frames < DRAW_FRAMES) requestAnimationFrame(attempt);
      else resolve(false);
    };
    requestAnimationFrame(attempt);
  });

/**
 * The canvas's one Tab stop (flow-nodes.ts makes one card focusable) behaves as a roving
 * tabindex: when the keyboard's focus is on a card and the selection moves (Alt+arrows, Find,
 * a hint), the focus moves with it; Tab into the canvas with nothing selected selects the card
 * it lands on, so the properties show it and the Alt+arrow walk starts there. A card the
 * keyboard reaches out of view is brought into it (at the same zoom).
 *
 * @returns the canvas's focus handler.
 */
export const useRovingCardFocus = (wrapperRef: RefObject<HTMLElement | null>, nodes: readonly FlowNode[], canvas: Canvas) => {
  const { screenToFlowPosition, setCenter, getZoom } = useReactFlow();
  const tabStop = nodes.find((node) => node.focusable)?.id;

  useEffect(() => {
    const wrapper = wrapperRef.current;
    const active = document.activeElement;
    if (!wrapper || !tabStop || !(active instanceof HTMLElement) || !active.matches(CARD) || !wrapper.contains(active)) return;
    if (active.dataset['id'] === tabStop) return;
    // React Flow draws the new tabindex on its next render: focus once it is there.
    const frame = requestAnimationFrame(() => cardElement(wrapper, tabStop)?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [wrapperRef, tabStop]);

  return useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const target = event.target;
      // A click focuses the card too: only the keyboard's arrival selects (a Shift-click keeps its selection).
      if (!target.matches(CARD) || !target.matches(':focus-visible')) return;
      const id = target.dataset['id'];
      if (id && canvas.doc.store.getState().selection.nodeIds.length === 0) canvas.doc.select({ nodeIds: [id], edgeIds: [] });
      const wrapper = wrapperRef.current;
      if (!wrapper) return;
      const card = target.getBoundingClientRect();
      const view = wrapper.getBoundingClientRect();
      // Beside the open tablet sheet, not under it.
      const cover = sheetCover(selectPropertiesOpen(canvas.session.getState()));
      if (card.left >= view.left && card.top >= view.top && card.right <= view.right - cover && card.bottom <= view.bottom) return;
      const centre = screenToFlowPosition({ x: card.left + card.width / 2, y: card.top + card.height / 2 });
      const zoom = getZoom();
      void setCenter(centreBesideSheet(centre.x, cover, zoom), centre.y, { zoom, duration: 200 });
    },
    [canvas, wrapperRef, screenToFlowPosition, setCenter, getZoom],
  );
};
