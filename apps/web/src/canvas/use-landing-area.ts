import { useCallback, useMemo } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Position } from '@pc/graph';
import { sheetCover } from './fit-view.js';
import { clampInto, landingArea, toFlowRect } from './new-card.js';
import { FALLBACK_HEIGHT, NODE_WIDTH, type Rect } from './placement.js';
import { useCanvas } from './store/react.js';
import { selectPropertiesOpen } from './store/selectors.js';

/**
 * Where a new card may land now, in flow coordinates (new-card.ts's landingArea under the current
 * pan and zoom), and `clamp`, which moves a card placed at a point (a drop, quick-add) into it.
 */
export const useLandingArea = () => {
  const flow = useStoreApi();
  const canvas = useCanvas();
  const area = useCallback((): Rect => {
    const { width, height, transform } = flow.getState();
    return toFlowRect(landingArea(width, height, sheetCover(selectPropertiesOpen(canvas.session.getState()))), transform);
  }, [flow, canvas]);
  const clamp = useCallback((position: Position): Position => clampInto({ ...position, width: NODE_WIDTH, height: FALLBACK_HEIGHT }, area()), [area]);
  return useMemo(() => ({ area, clamp }), [area, clamp]);
};
