import { describe, expect, it } from 'vitest';
import { centreBeside, draggedPositions, toScreen, viewCentre } from './view.js';

describe('presence view arithmetic', () => {
  it('finds the flow point at the centre of a view, and draws flow points on screen', () => {
    // Panned by (100, 50) at zoom 2 in an 800 × 600 canvas.
    expect(viewCentre([100, 50, 2], 800, 600)).toEqual({ x: 150, y: 125, zoom: 2 });
    expect(toScreen([100, 50, 2], { x: 150, y: 125 })).toEqual({ x: 400, y: 300 });
  });

  it('centres a followed view in the part of the canvas a sheet leaves uncovered', () => {
    // An 800 px canvas with a 300 px sheet over its right edge, at zoom 2: centring the whole
    // canvas on the returned point puts the followed centre (150, 125) mid-way across the 500 px left.
    const centre = centreBeside({ x: 150, y: 125, zoom: 2 }, 300);
    const transform: [number, number, number] = [800 / 2 - centre.x * 2, 600 / 2 - centre.y * 2, 2];
    expect(viewCentre(transform, 800 - 300, 600)).toEqual({ x: 150, y: 125, zoom: 2 });
    expect(centreBeside({ x: 150, y: 125, zoom: 2 }, 0)).toEqual({ x: 150, y: 125 });
  });

  it('shares the live positions of dragged nodes only, rounded, up to a limit', () => {
    const nodes = [
      { id: 'a', dragging: true, position: { x: 1.4, y: 2.6 } },
      { id: 'b', position: { x: 5, y: 5 } },
      { id: 'c', dragging: true, position: { x: 9, y: 9 } },
      { id: 'd', dragging: true, position: { x: 3, y: 3 } },
    ];
    expect(draggedPositions(nodes, 2)).toEqual({ a: { x: 1, y: 3 }, c: { x: 9, y: 9 } });
    expect(draggedPositions([{ id: 'b', position: { x: 5, y: 5 } }], 10)).toBeNull();
  });
});
