import { createNode } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { createLayout, GROWN_HEIGHT } from './layout.js';

/** Whether two cards at these places, each as tall as it grows, share any height. */
const clear = (upper: { y: number }, lower: { y: number }, height: number) => upper.y + height <= lower.y;

describe('the import layout', () => {
  it('stacks each column by the height its cards grow to after a run, so no output runs under the next card', () => {
    const layout = createLayout([], 3);
    expect(clear(layout.character(0), layout.character(1), GROWN_HEIGHT.character)).toBe(true);
    expect(clear(layout.location(0), layout.location(1), GROWN_HEIGHT.location)).toBe(true);
    const first = layout.shot(720);
    expect(clear(first, layout.shot(720), GROWN_HEIGHT.shot)).toBe(true);
    // The first Shot starts below its grown Scene.
    expect(clear(layout.scene(0), first, GROWN_HEIGHT.scene)).toBe(true);
  });

  it('starts a re-import below the grown bottom of the lowest card, not its top', () => {
    const shot = createNode('shot', { id: 'shot_1', position: { x: 720, y: 600 }, data: {} });
    const layout = createLayout([shot], 1);
    expect(clear(shot.position, layout.script(), GROWN_HEIGHT.shot)).toBe(true);
  });
});
