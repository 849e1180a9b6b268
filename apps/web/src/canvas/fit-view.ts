import { useCallback, useMemo } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
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

/** Room a panel over the canvas takes from a fit, beyond FIT_CLEARANCE: from its left edge or its bottom. */
export interface PanelCover {
  readonly left: number;
  readonly bottom: number;
}

const NO_COVER: PanelCover = { left: 0, bottom: 0 };

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

/**
 * What a fit must leave to a panel standing in the canvas's bottom-left corner (the open
 * Continuity list): the strip beside it or the band above it, whichever leaves the cards the
 * larger area — beside it on a wide canvas, above it on a phone, where the list spans the width.
 * Measured in px from the canvas's edges, with FIT_CLEARANCE's margin between panel and cards.
 */
export const panelCover = (canvas: Box, panel: Box | null): PanelCover => {
  if (!panel) return NO_COVER;
  const [width, height] = [canvas.right - canvas.left, canvas.bottom - canvas.top];
  const left = panel.right - canvas.left + FIT_CLEARANCE.left;
  const bottom = canvas.bottom - panel.top + FIT_CLEARANCE.left;
  return (width - left) * height >= width * (height - bottom) ? { left, bottom: 0 } : { left: 0, bottom };
};

/**
 * Fit the whole graph, never zooming past 100 %, clear of the canvas chrome, of `coveredRight`
 * px under a sheet and of an open panel (`panel`, from panelCover).
 */
export const fitAllOptions = (coveredRight = 0, panel: PanelCover = NO_COVER) =>
  ({
    padding: {
      top: `${FIT_CLEARANCE.top}px`,
      right: `${FIT_CLEARANCE.right + coveredRight}px`,
      bottom: `${Math.max(FIT_CLEARANCE.bottom, panel.bottom)}px`,
      left: `${Math.max(FIT_CLEARANCE.left, panel.left)}px`,
    },
    maxZoom: 1,
  }) as const;

/** How much of the canvas's right edge the properties sheet covers (on a tablet, while open). */
export const sheetCover = (propertiesOpen: boolean): number =>
  propertiesOpen && typeof window !== 'undefined' && window.matchMedia(SHEET_MEDIA).matches ? SHEET_WIDTH : 0;

/**
 * The flow x to centre the view on so flow x `x` lands in the middle of the part of the canvas
 * the sheet leaves uncovered (`cover` px at its right edge, from sheetCover, at `zoom`).
 */
export const centreBesideSheet = (x: number, cover: number, zoom: number): number => x + cover / 2 / zoom;

/** The open Continuity list in this canvas, if any (it is drawn over the canvas, not beside it). */
const openHintsList = (flow: HTMLElement | null): Box | null => flow?.parentElement?.querySelector('.hints-panel.is-open')?.getBoundingClientRect() ?? null;

/**
 * The options to fit the whole graph on opening, and a function that fits it now (animated),
 * clear of whatever panel is open then.
 */
export const useFitAll = () => {
  const { fitView } = useReactFlow();
  const flow = useStoreApi();
  const cover = sheetCover(useSession(selectPropertiesOpen));
  const options = useMemo(() => fitAllOptions(cover), [cover]);
  const fitAll = useCallback(() => {
    const { domNode } = flow.getState();
    const panel = domNode ? panelCover(domNode.getBoundingClientRect(), openHintsList(domNode)) : NO_COVER;
    void fitView({ ...fitAllOptions(cover, panel), duration: 300 });
  }, [fitView, flow, cover]);
  return { options, fitAll };
};
