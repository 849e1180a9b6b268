import { useCallback, useMemo, useRef } from 'react';
import { useReactFlow, useStoreApi, type NodeChange } from '@xyflow/react';
import type { FlowNode } from './flow-nodes.js';
import { chromeBoxes, clearGrownCard, type ScreenBox } from './grown-card.js';
import { revealNewCard } from './new-card.js';

/**
 * Keeps the one selected card in the clear when it grows — a run's output lands on it (a
 * prompt, a storyboard frame) and its new bottom went under the minimap or past the canvas's
 * edge, where it stayed until the next Fit view. On a landscape tablet the properties sheet over
 * the canvas counts as chrome too: a card half under it is the user's to place. A short pan by the least distance
 * (grown-card.ts); other cards, and a card the user had half panned away, are left alone, and
 * nothing moves while the view does: zooming across the detail level redraws every card at
 * another size, and a pan there would fight the user's wheel or pinch.
 *
 * A card measured for the first time while it is the one selected was just added here (the
 * palette, quick-add, a drop, an undone delete): the view pans, if it must, to show it whole and
 * clear of the edges and chrome (new-card.ts), whatever size it turned out to be.
 *
 * @returns `follow`, to call with React Flow's node changes and the nodes before them, and the
 * ReactFlow move handlers that tell it the view is moving.
 */
export const useKeepGrownCardClear = () => {
  const flow = useStoreApi<FlowNode>();
  const { setViewport } = useReactFlow();
  const moving = useRef(false);
  const follow = useCallback(
    (changes: readonly NodeChange<FlowNode>[], previous: readonly FlowNode[]) => {
      const selected = previous.filter((node) => node.selected);
      const card = selected.length === 1 ? selected[0] : undefined;
      const grown = card && changes.find((change) => change.type === 'dimensions' && change.id === card.id && change.dimensions);
      if (moving.current || !card || !grown || grown.type !== 'dimensions' || !grown.dimensions || card.dragging) return;
      const { width: oldWidth, height: oldHeight } = card.measured ?? {};
      const { width, height } = grown.dimensions;
      const added = oldWidth === undefined || oldHeight === undefined;
      if (!added && width <= oldWidth && height <= oldHeight) return;
      const { domNode, transform, paneDragging, nodeLookup } = flow.getState();
      const position = nodeLookup.get(card.id)?.internals.positionAbsolute;
      if (!domNode || !position || paneDragging) return;
      const [tx, ty, zoom] = transform;
      const onScreen = (w: number, h: number): ScreenBox => {
        const left = position.x * zoom + tx;
        const top = position.y * zoom + ty;
        return { left, top, right: left + w * zoom, bottom: top + h * zoom };
      };
      const bounds = domNode.getBoundingClientRect();
      const view = { left: 0, top: 0, right: bounds.width, bottom: bounds.height };
      const move = added
        ? revealNewCard({ view, card: onScreen(width, height), chrome: chromeBoxes(domNode) })
        : clearGrownCard({ view, before: onScreen(oldWidth, oldHeight), after: onScreen(width, height), chrome: chromeBoxes(domNode) });
      // A card just drawn is shown in place at once: sliding the view under it would move the port being reached for.
      if (move) void setViewport({ x: tx - move.dx, y: ty - move.dy, zoom }, { duration: added ? 0 : 200 });
    },
    [flow, setViewport],
  );
  return useMemo(
    () => ({ follow, onMoveStart: () => void (moving.current = true), onMoveEnd: () => void (moving.current = false) }),
    [follow],
  );
};
