import { describe, expect, it } from 'vitest';
import type { ScreenBox } from './grown-card.js';
import { clampInto, EDGE_MARGIN, landingArea, revealNewCard, toFlowRect } from './new-card.js';

const box = (left: number, top: number, width: number, height: number): ScreenBox => ({ left, top, right: left + width, bottom: top + height });

// The 1440 × 900 desktop's canvas between the palette and the properties panel: 900 × 856.
const view = box(0, 0, 900, 856);
const minimap = box(707, 719, 178, 122);
const zoomButtons = box(15, 755, 30, 86);

describe('where a new card lands', () => {
  it('inside the canvas by more than React Flow’s 40 px auto-pan band, above the minimap’s band, left of a sheet', () => {
    expect(EDGE_MARGIN).toBeGreaterThan(40);
    expect(landingArea(900, 856)).toEqual({ left: 48, top: 48, right: 852, bottom: 744 });
    // A tablet's properties sheet over 300 px of the right edge.
    expect(landingArea(860, 724, 300).right).toBe(860 - 300 - 48);
  });

  it('in flow coordinates under the pan and zoom', () => {
    expect(toFlowRect(box(48, 48, 400, 200), [100, -50, 2])).toEqual({ x: -26, y: 49, width: 200, height: 100 });
  });

  it('a card dropped or quick-added by the edge is moved in, the least distance', () => {
    const area = { x: 48, y: 48, width: 800, height: 700 };
    expect(clampInto({ x: 0, y: 300, width: 264, height: 220 }, area)).toEqual({ x: 48, y: 300 });
    expect(clampInto({ x: 700, y: 600, width: 264, height: 220 }, area)).toEqual({ x: 848 - 264, y: 748 - 220 });
    expect(clampInto({ x: 300, y: 300, width: 264, height: 220 }, area)).toEqual({ x: 300, y: 300 });
    // Larger than the area: its top-left stays in.
    expect(clampInto({ x: -90, y: -90, width: 2000, height: 2000 }, area)).toEqual({ x: 48, y: 48 });
  });
});

describe('revealNewCard', () => {
  it('leaves the view alone when the card is in view and clear of the chrome', () => {
    expect(revealNewCard({ view, card: box(300, 300, 264, 150), chrome: [minimap, zoomButtons] })).toBeNull();
  });

  it('pans a card flush with the left edge in past the auto-pan band', () => {
    expect(revealNewCard({ view, card: box(6, 300, 264, 150), chrome: [] })).toEqual({ dx: 6 - EDGE_MARGIN, dy: 0 });
  });

  it('pans a tall card that ran under the minimap up or left, the shorter way', () => {
    // 310 px tall at y 500: its bottom 810 is 139 px into the minimap's margin; 40 px left clears it.
    expect(revealNewCard({ view, card: box(480, 500, 264, 310), chrome: [minimap] })).toEqual({ dx: 744 - (707 - EDGE_MARGIN), dy: 810 - (856 - EDGE_MARGIN) });
  });

  it('pans a card under a tablet’s properties sheet out from under it', () => {
    const sheet = box(560, 0, 300, 724);
    const tablet = box(0, 0, 860, 724);
    expect(revealNewCard({ view: tablet, card: box(612, 100, 264, 150), chrome: [sheet] })).toEqual({ dx: 876 - (560 - EDGE_MARGIN), dy: 0 });
  });

  it('shows the top-left of a card too large for the view', () => {
    expect(revealNewCard({ view, card: box(-100, -20, 1200, 1000), chrome: [] })).toEqual({ dx: -100 - EDGE_MARGIN, dy: -20 - EDGE_MARGIN });
  });
});
