import { describe, expect, it } from 'vitest';
import { announcerStore } from '../../ui/announcer.js';
import { breakdown, openCanvas } from '../testing/open-canvas.js';

const announced = () => announcerStore.getState().text.trim();

describe('undo and redo', () => {
  it('tell a screen reader which step they took back or made again', () => {
    const { canvas, actions, state } = openCanvas(breakdown);
    announcerStore.setState({ text: '' });
    canvas.doc.select(['anna']);
    actions.run('deleteSelection');
    expect(state().nodes.anna).toBeUndefined();

    canvas.undo();
    expect(state().nodes.anna).toBeDefined();
    expect(announced()).toMatch(/^Undone: Delete /);
    canvas.redo();
    expect(state().nodes.anna).toBeUndefined();
    expect(announced()).toMatch(/^Redone: Delete /);
  });

  it('say nothing when there was nothing to take back', () => {
    const { canvas } = openCanvas(breakdown);
    announcerStore.setState({ text: '' });
    expect(canvas.undo().ok).toBe(false);
    expect(announced()).toBe('');
  });
});
