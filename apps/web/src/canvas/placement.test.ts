import { describe, expect, it } from 'vitest';
import { findFreeSpot, NODE_WIDTH } from './placement.js';

describe('placing a node added by click', () => {
  const view = { x: -1000, y: -600, width: 2000, height: 1200 };

  it('centres it on the visible area when the spot is free', () => {
    expect(findFreeSpot([], { x: 0, y: 0, width: 1000, height: 600 }, { width: NODE_WIDTH, height: 200 })).toEqual({ x: 368, y: 200 });
  });

  it('beside the last card when the view has no room left (the canvas pans to it), not in a pile', () => {
    const size = { width: NODE_WIDTH, height: 200 };
    const small = { x: 0, y: 0, width: 300, height: 240 };
    const first = findFreeSpot([], small, size);
    const second = findFreeSpot([{ ...first, ...size }], small, size);
    expect(second).toEqual({ x: first.x + NODE_WIDTH + 48, y: first.y });
  });

  it('cascades only when every cell around the centre is taken', () => {
    const size = { width: NODE_WIDTH, height: 200 };
    const small = { x: 0, y: 0, width: 300, height: 240 };
    const first = findFreeSpot([], small, size);
    const everywhere = [{ x: -5000, y: -5000, width: 10_000, height: 10_000 }];
    expect(findFreeSpot(everywhere, small, size)).toEqual(first);
    expect(findFreeSpot([...everywhere, { ...first, ...size }], small, size)).toEqual({ x: first.x + 32, y: first.y + 32 });
  });

  it('puts cards side by side, partly cut off (then panned to), in a view narrower than three cards', () => {
    // 1280 × 800 with the palette and the properties panel open: 740 × 756 of canvas.
    const laptop = { x: 0, y: 0, width: 740, height: 756 };
    const size = { width: NODE_WIDTH, height: 300 };
    const placed: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (let i = 0; i < 3; i++) placed.push({ ...findFreeSpot(placed, laptop, size), ...size });
    expect(placed.map((rect) => rect.y)).toEqual([placed[0]!.y, placed[0]!.y, placed[0]!.y]);
    expect(new Set(placed.map((rect) => rect.x)).size).toBe(3);
    for (const rect of placed) expect(rect.x + rect.width / 2).toBeGreaterThan(0);
    for (const rect of placed) expect(rect.x + rect.width / 2).toBeLessThan(laptop.width);
  });

  it('never stacks repeated clicks on each other', () => {
    const size = { width: NODE_WIDTH, height: 200 };
    const placed: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (let i = 0; i < 6; i++) placed.push({ ...findFreeSpot(placed, view, size), ...size });
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    // The second goes beside the first, not below it: graphs read left to right.
    expect(placed[1]!.y).toBe(placed[0]!.y);
  });
});
