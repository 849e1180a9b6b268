import { describe, expect, it, vi } from 'vitest';
import { createOneShown } from './one-shown.js';

describe('one explanation bubble at a time', () => {
  it('hides the bubble on screen when another shows, and not the one showing', () => {
    const bubbles = createOneShown();
    const focused = vi.fn();
    const hovered = vi.fn();
    bubbles.show(focused);
    bubbles.show(focused);
    expect(focused).not.toHaveBeenCalled();
    bubbles.show(hovered);
    expect(focused).toHaveBeenCalledTimes(1);
    expect(hovered).not.toHaveBeenCalled();
  });

  it('forgets a bubble that went away on its own', () => {
    const bubbles = createOneShown();
    const first = vi.fn();
    const second = vi.fn();
    bubbles.show(first);
    bubbles.gone(first);
    bubbles.show(second);
    expect(first).not.toHaveBeenCalled();
    // Another's going does not forget the one on screen.
    bubbles.gone(first);
    bubbles.show(first);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
