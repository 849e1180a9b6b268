import { describe, expect, it } from 'vitest';
import { isCardDrawn } from './offscreen-tab-stop.js';

const card = (x: number, y: number, patch: { measured?: boolean; dragging?: boolean; hidden?: boolean } = {}) => ({
  measured: { width: 240, height: 120 },
  internals: { positionAbsolute: { x, y }, z: 0, userNode: {} as never, ...(patch.measured === false ? {} : { handleBounds: { source: [], target: [] } }) },
  ...(patch.dragging ? { dragging: true } : {}),
  ...(patch.hidden ? { hidden: true } : {}),
});

const view = { width: 1000, height: 800 };

describe('isCardDrawn (React Flow draws only the cards in view past 300)', () => {
  it('is drawn while any part of it is in view, at any pan and zoom', () => {
    expect(isCardDrawn(card(100, 100), [0, 0, 1], view)).toBe(true);
    // Its last 10 px at the left edge.
    expect(isCardDrawn(card(-230, 100), [0, 0, 1], view)).toBe(true);
    expect(isCardDrawn(card(-240, 100), [0, 0, 1], view)).toBe(false);
    // Panned away: the view shows x 2000..3000.
    expect(isCardDrawn(card(100, 100), [-2000, 0, 1], view)).toBe(false);
    // Zoomed out to 0.25 the view is 4000 × 3200 of the flow.
    expect(isCardDrawn(card(3000, 3000), [0, 0, 0.25], view)).toBe(true);
    expect(isCardDrawn(card(3000, 3300), [0, 0, 0.25], view)).toBe(false);
  });

  it('is drawn out of view while dragged or not yet measured, and never when hidden or unknown', () => {
    expect(isCardDrawn(card(5000, 5000, { dragging: true }), [0, 0, 1], view)).toBe(true);
    expect(isCardDrawn(card(5000, 5000, { measured: false }), [0, 0, 1], view)).toBe(true);
    expect(isCardDrawn(card(100, 100, { hidden: true }), [0, 0, 1], view)).toBe(false);
    expect(isCardDrawn(undefined, [0, 0, 1], view)).toBe(false);
  });
});
