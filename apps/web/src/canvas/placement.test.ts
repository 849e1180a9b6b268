import { describe, expect, it } from 'vitest';
import { findFreeSpot, NODE_WIDTH } from './placement.js';

describe('placing a node added by click', () => {
  it('centres it on the viewport when the spot is free', () => {
    expect(findFreeSpot([], { x: 500, y: 300 }, { width: NODE_WIDTH, height: 200 })).toEqual({ x: 368, y: 200 });
  });

  it('never stacks repeated clicks on each other', () => {
    const size = { width: NODE_WIDTH, height: 200 };
    const placed: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (let i = 0; i < 6; i++) placed.push({ ...findFreeSpot(placed, { x: 0, y: 0 }, size), ...size });
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
