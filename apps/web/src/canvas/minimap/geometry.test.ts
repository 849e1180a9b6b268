import { describe, expect, it } from 'vitest';
import { boundsOf, fitFrame, layerTransform, maskPath, MINIMAP_LARGE, MINIMAP_SMALL, minimapSize, toFlowPoint, visibleRect } from './geometry.js';

const size = { width: 176, height: 120 };

describe('minimap geometry', () => {
  it('bounds every rect, and nothing for none', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ x: 0, y: 10, width: 100, height: 50 }, { x: -50, y: 200, width: 10, height: 10 }])).toEqual({ x: -50, y: 10, width: 150, height: 200 });
  });

  it('reads the visible flow rect off the viewport transform', () => {
    expect(visibleRect([100, -50, 0.5], { width: 900, height: 600 })).toEqual({ x: -200, y: 100, width: 1800, height: 1200 });
  });

  it('fits bounds inside the padding, centred on the other axis', () => {
    const bounds = { x: 1000, y: 0, width: 3000, height: 1000 };
    const frame = fitFrame(bounds, size, 5);
    expect(frame.scale).toBeCloseTo(166 / 3000);
    const topLeft = { x: (bounds.x - frame.x) * frame.scale, y: (bounds.y - frame.y) * frame.scale };
    expect(topLeft.x).toBeCloseTo(5);
    expect(topLeft.y).toBeCloseTo((120 - 1000 * frame.scale) / 2);
  });

  it('moves a layer painted in one frame to where another frame shows it', () => {
    const nodes = { x: 0, y: 0, width: 2000, height: 1000 };
    const painted = fitFrame(nodes, size, 5);
    const shown = fitFrame({ x: -2000, y: -1000, width: 6000, height: 3000 }, size, 5);
    const match = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(layerTransform(painted, shown));
    const [dx, dy, k] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
    // A node corner painted at p lands where the shown frame draws it.
    const corner = { x: 2000, y: 1000 };
    const paintedAt = { x: (corner.x - painted.x) * painted.scale, y: (corner.y - painted.y) * painted.scale };
    expect(paintedAt.x * k + dx).toBeCloseTo((corner.x - shown.x) * shown.scale, 1);
    expect(paintedAt.y * k + dy).toBeCloseTo((corner.y - shown.y) * shown.scale, 1);
    expect(k).toBeLessThan(1);
    expect(layerTransform(painted, painted)).toBe('translate(0.00px, 0.00px) scale(1.00000)');
  });

  it('cuts the visible rect out of the mask, and maps a minimap pixel back to the flow', () => {
    const frame = { x: -100, y: -50, scale: 0.1 };
    expect(maskPath(frame, { x: 0, y: 0, width: 500, height: 300 }, size)).toBe('M0,0h176v120h-176z M10.0,5.0h50.0v30.0h-50.0z');
    expect(toFlowPoint(frame, { x: 10, y: 5 })).toEqual({ x: 0, y: 0 });
  });
});

describe('minimap size', () => {
  it('shrinks on a laptop-sized canvas and keeps one identity per size', () => {
    expect(minimapSize({ width: 740, height: 676 })).toBe(MINIMAP_SMALL);
    expect(minimapSize({ width: 1060, height: 676 })).toBe(MINIMAP_SMALL);
    expect(minimapSize({ width: 900, height: 856 })).toBe(MINIMAP_LARGE);
  });
});
