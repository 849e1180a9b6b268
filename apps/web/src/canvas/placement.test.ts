import { describe, expect, it } from 'vitest';
import { findFreeSpot, NODE_WIDTH } from './placement.js';

describe('placing a node added by click', () => {
  const view = { x: -1000, y: -600, width: 2000, height: 1200 };

  it('in the middle cell of a grid laid over the visible area: centred across three cards, the upper of two rows', () => {
    expect(findFreeSpot([], { x: 0, y: 0, width: 1000, height: 600 }, { width: NODE_WIDTH, height: 200 })).toEqual({ x: 368, y: 76 });
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

  it('fills the cells wholly in view first, left to right then down, where two cards fit across', () => {
    // 1440 × 900 with both side panels open, less the landing area's margins: 804 × 696 of canvas.
    const desktop = { x: 48, y: 48, width: 804, height: 696 };
    const size = { width: NODE_WIDTH, height: 220 };
    const placed: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (let i = 0; i < 4; i++) placed.push({ ...findFreeSpot(placed, desktop, size), ...size });
    for (const rect of placed) {
      expect(rect.x >= desktop.x && rect.x + rect.width <= desktop.x + desktop.width).toBe(true);
      expect(rect.y >= desktop.y && rect.y + rect.height <= desktop.y + desktop.height).toBe(true);
    }
    expect(placed[1]!.y).toBe(placed[0]!.y);
    expect(placed[1]!.x).toBeGreaterThan(placed[0]!.x);
    expect(placed[2]!.y).toBeGreaterThan(placed[0]!.y);
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
