import { useCallback, type RefObject } from 'react';
import type { DocumentState } from '@pc/document';
import { useReactFlow, useStore, type InternalNode, type ReactFlowState, type Transform } from '@xyflow/react';
import { useCanvas, useDocument } from './store/react.js';
import { describeForAnnouncement } from './walk/walk-actions.js';
import { focusCardWhenDrawn } from './card-focus.js';
import { centreBesideSheet, sheetCover } from './fit-view.js';
import { selectPropertiesOpen } from './store/selectors.js';
import type { FlowNode } from './flow-nodes.js';

type CardInView = Pick<InternalNode, 'measured' | 'width' | 'height' | 'initialWidth' | 'initialHeight' | 'dragging' | 'hidden' | 'internals'>;

/**
 * Whether React Flow draws this card with `onlyRenderVisibleElements` on — the rule of its
 * getNodesInside, kept in step with it: any part in view, dragged, or not measured yet (a card
 * is drawn once to be measured).
 */
export const isCardDrawn = (node: CardInView | undefined, [tx, ty, zoom]: Transform, size: { width: number; height: number }): boolean => {
  if (!node || node.hidden) return false;
  if (node.dragging || !node.internals.handleBounds) return true;
  const width = node.measured.width ?? node.width ?? node.initialWidth ?? 0;
  const height = node.measured.height ?? node.height ?? node.initialHeight ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  const [left, top] = [-tx / zoom, -ty / zoom];
  const [right, bottom] = [left + size.width / zoom, top + size.height / zoom];
  return x < right && x + width > left && y < bottom && y + height > top;
};

/**
 * The canvas's Tab stop while its card is not drawn. Past 300 cards React Flow draws only those
 * in view (FlowCanvas), so a selected card panned out of view had no element and Tab went from
 * the palette straight past the canvas. This stands in its place in the Tab order, named as the
 * card; reaching it brings the card into view at the same zoom and moves the focus onto it.
 */
export const OffscreenTabStop = ({ nodeId, wrapperRef }: { nodeId: string; wrapperRef: RefObject<HTMLElement | null> }) => {
  const canvas = useCanvas();
  const { setCenter, getZoom, getInternalNode } = useReactFlow<FlowNode>();
  const drawn = useStore(useCallback((state: ReactFlowState) => isCardDrawn(state.nodeLookup.get(nodeId), state.transform, state), [nodeId]));
  const label = useDocument(
    useCallback(
      (state: DocumentState) => {
        const node = state.nodes[nodeId];
        return node ? describeForAnnouncement(node.type, node.data) : '';
      },
      [nodeId],
    ),
  );
  if (drawn) return null;

  const bringCard = () => {
    const node = getInternalNode(nodeId);
    if (!node) return;
    if (canvas.doc.store.getState().selection.nodeIds.length === 0) canvas.doc.select({ nodeIds: [nodeId], edgeIds: [] });
    const width = node.measured.width ?? 0;
    const height = node.measured.height ?? 0;
    const { x, y } = node.internals.positionAbsolute;
    // At once, not animated: the card must be drawn to take the focus.
    const zoom = getZoom();
    const cover = sheetCover(selectPropertiesOpen(canvas.session.getState()));
    void setCenter(centreBesideSheet(x + width / 2, cover, zoom), y + height / 2, { zoom });
    if (wrapperRef.current) void focusCardWhenDrawn(wrapperRef.current, nodeId);
  };

  return (
    <button type="button" className="visually-hidden" data-testid="canvas-tab-stop" aria-label={`${label} (out of view)`} onFocus={bringCard}>
      {label}
    </button>
  );
};
