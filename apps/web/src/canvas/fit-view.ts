import { useCallback, useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useSession } from './store/react.js';
import { selectPropertiesOpen } from './store/selectors.js';

/**
 * Room a fitted graph leaves at the canvas's edges: the zoom buttons and the Continuity pill
 * along the bottom-left, the minimap at the bottom-right (at most 105 px tall with its margin).
 * A fraction of the view (React Flow's 0.15) left the minimap over the last row of cards at 1280 × 720.
 */
export const FIT_CLEARANCE = { top: 24, right: 24, bottom: 112, left: 24 } as const;

/** Where the properties panel is a sheet over the canvas's right edge (small-screens.css), and its width there. */
export const SHEET_MEDIA = '(min-width: 901px) and (max-width: 1180px)';
const SHEET_WIDTH = 300;

/** Fit the whole graph, never zooming past 100 %, clear of the canvas chrome and of `coveredRight` px under a sheet. */
export const fitAllOptions = (coveredRight = 0) =>
  ({
    padding: { top: `${FIT_CLEARANCE.top}px`, right: `${FIT_CLEARANCE.right + coveredRight}px`, bottom: `${FIT_CLEARANCE.bottom}px`, left: `${FIT_CLEARANCE.left}px` },
    maxZoom: 1,
  }) as const;

/** How much of the canvas's right edge the properties sheet covers (on a tablet, while open). */
export const sheetCover = (propertiesOpen: boolean): number =>
  propertiesOpen && typeof window !== 'undefined' && window.matchMedia(SHEET_MEDIA).matches ? SHEET_WIDTH : 0;

/** The options to fit the whole graph now, and a function that does it (animated). */
export const useFitAll = () => {
  const { fitView } = useReactFlow();
  const cover = sheetCover(useSession(selectPropertiesOpen));
  const options = useMemo(() => fitAllOptions(cover), [cover]);
  const fitAll = useCallback(() => void fitView({ ...options, duration: 300 }), [fitView, options]);
  return { options, fitAll };
};
