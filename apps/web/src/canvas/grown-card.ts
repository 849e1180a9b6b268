/** A rectangle in px, relative to the canvas's top-left corner. */
export interface ScreenBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Gap kept between a card and the canvas's edge or the chrome over it (the minimap, the zoom buttons). */
export const CLEAR_MARGIN = 16;

const overlaps = (a: ScreenBox, b: ScreenBox) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

const isClear = (card: ScreenBox, view: ScreenBox, chrome: readonly ScreenBox[]) =>
  card.left >= view.left && card.top >= view.top && card.right <= view.right && card.bottom <= view.bottom && !chrome.some((box) => overlaps(card, box));

/**
 * How far to pan (px; positive moves the cards up / left) so a card that grew (its run's
 * output landed: a prompt, a storyboard frame) is clear again of the canvas's edges and the
 * chrome drawn over it — or null to leave the view alone.
 *
 * Only a card that was wholly clear before it grew is followed (the user was looking at it; one
 * they had panned half away is theirs to place), and by the least move: up, or left if that is
 * shorter and enough, never so far that its top or left edge leaves the view. A card too tall to
 * clear is moved up only until its top reaches the margin.
 */
export const clearGrownCard = ({
  view,
  before,
  after,
  chrome,
  margin = CLEAR_MARGIN,
}: {
  view: ScreenBox;
  before: ScreenBox;
  after: ScreenBox;
  chrome: readonly ScreenBox[];
  margin?: number;
}): { dx: number; dy: number } | null => {
  if (!isClear(before, view, chrome) || isClear(after, view, chrome)) return null;
  // Distance to clear the bottom edge and every piece of chrome in the card's column (moving up),
  // or the right edge and every piece in its row (moving left).
  const blockedBelow = chrome.filter((box) => box.left < after.right && box.right > after.left && box.bottom > after.top);
  const up = Math.max(0, after.bottom - (view.bottom - margin), ...blockedBelow.map((box) => after.bottom - (box.top - margin)));
  const blockedRight = chrome.filter((box) => box.top < after.bottom && box.bottom > after.top && box.right > after.left);
  const left = Math.max(0, after.right - (view.right - margin), ...blockedRight.map((box) => after.right - (box.left - margin)));
  const roomUp = Math.max(0, after.top - (view.top + margin));
  const roomLeft = Math.max(0, after.left - (view.left + margin));
  const fitsLeft = left > 0 && left <= roomLeft && isClear(shift(after, left, 0), view, chrome);
  const fitsUp = up > 0 && up <= roomUp && isClear(shift(after, 0, up), view, chrome);
  if (fitsLeft && (!fitsUp || left < up)) return { dx: left, dy: 0 };
  if (fitsUp) return { dx: 0, dy: up };
  const partial = Math.min(up, roomUp);
  return partial > 0 ? { dx: 0, dy: partial } : null;
};

const shift = (box: ScreenBox, dx: number, dy: number): ScreenBox => ({ left: box.left - dx, right: box.right - dx, top: box.top - dy, bottom: box.bottom - dy });

/** The chrome drawn over the canvas that a card should not sit under: the minimap (or its button), the zoom buttons, the Continuity pill or list. */
const CHROME = '.react-flow__panel.canvas-minimap, .react-flow__panel.canvas-minimap-toggle, .react-flow__controls, .hints-panel';

/**
 * The canvas page's own panels, which lie over the canvas only on a landscape tablet: the
 * properties sheet over its right edge and the sheet's handle (small-screens.css). Elsewhere
 * they sit beside or below it and fall outside the view.
 */
const PAGE_CHROME = '.properties-panel, .sheet-handle';

/**
 * Where the chrome is, relative to the canvas `flow` (the React Flow element): its own panels,
 * the Continuity pill beside it in its parent, and the page's panels where they lie over it.
 */
export const chromeBoxes = (flow: HTMLElement): ScreenBox[] => {
  const origin = flow.getBoundingClientRect();
  const scope = flow.parentElement ?? flow;
  const view: ScreenBox = { left: 0, top: 0, right: origin.width, bottom: origin.height };
  const page = flow.closest('.canvas-page');
  const elements = [...scope.querySelectorAll<HTMLElement>(CHROME), ...(page ? page.querySelectorAll<HTMLElement>(PAGE_CHROME) : [])];
  return elements
    .map((element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top };
    })
    .filter((box) => overlaps(box, view));
};
