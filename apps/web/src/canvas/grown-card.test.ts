import { describe, expect, it } from 'vitest';
import { clearGrownCard, type ScreenBox } from './grown-card.js';

const box = (left: number, top: number, width: number, height: number): ScreenBox => ({ left, top, right: left + width, bottom: top + height });

// A 1200 × 800 canvas, the minimap in its bottom-right corner and the zoom buttons in its bottom-left.
const view = box(0, 0, 1200, 800);
const minimap = box(990, 680, 200, 110);
const zoomButtons = box(10, 690, 32, 100);
const chrome = [minimap, zoomButtons];

describe('clearGrownCard', () => {
  it('moves a card whose output pushed it under the minimap up just clear of it', () => {
    const before = box(900, 500, 240, 150);
    const after = box(900, 500, 240, 330);
    expect(clearGrownCard({ view, before, after, chrome })).toEqual({ dx: 0, dy: 830 - (680 - 16) });
  });

  it('moves it left instead when that is the shorter move', () => {
    // Grown well past the minimap's top; 40 px to the left clears it.
    const before = box(770, 200, 240, 150);
    const after = box(770, 200, 240, 560);
    expect(clearGrownCard({ view, before, after, chrome })).toEqual({ dx: 1010 - (990 - 16), dy: 0 });
  });

  it('brings back the bottom of a card that grew past the canvas edge, clear of no chrome', () => {
    const before = box(400, 600, 240, 150);
    const after = box(400, 600, 240, 260);
    expect(clearGrownCard({ view, before, after, chrome })).toEqual({ dx: 0, dy: 860 - (800 - 16) });
  });

  it('never moves a card\'s top out of view: one too tall to clear is moved up to the margin', () => {
    const before = box(900, 100, 240, 150);
    const after = box(900, 100, 240, 900);
    expect(clearGrownCard({ view, before, after, chrome })).toEqual({ dx: 0, dy: 100 - 16 });
  });

  it('leaves the view alone when the card is still clear, or was not wholly in view before it grew', () => {
    expect(clearGrownCard({ view, before: box(100, 100, 240, 150), after: box(100, 100, 240, 300), chrome })).toBeNull();
    // Half panned away by the user (its bottom below the edge), or already under the minimap.
    expect(clearGrownCard({ view, before: box(400, 700, 240, 150), after: box(400, 700, 240, 300), chrome })).toBeNull();
    expect(clearGrownCard({ view, before: box(960, 600, 240, 150), after: box(960, 600, 240, 300), chrome })).toBeNull();
  });
});
