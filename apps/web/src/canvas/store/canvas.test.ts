import { describe, expect, it } from 'vitest';
import { announcerStore } from '../../ui/announcer.js';
import { toastStore } from '../../ui/toasts.js';
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

describe('a viewer’s canvas', () => {
  const refusal = { tone: 'info', title: "Viewers can't change this graph", detail: 'To change it, ask its owner for edit access.' } as const;
  const shown = () => toastStore.getState().toasts.map(({ title, detail }) => ({ title, detail }));

  it('says how to get edit access when a key would have changed the graph — Delete, undo, a nudge, Space', () => {
    toastStore.setState({ toasts: [] });
    const { canvas, actions, state } = openCanvas(breakdown, undefined, { readOnly: true, readOnlyRefusal: refusal });
    canvas.doc.select(['anna']);
    actions.run('deleteSelection');
    expect(state().nodes.anna).toBeDefined();
    expect(shown()).toEqual([{ title: refusal.title, detail: refusal.detail }]);

    // The same words again replace the toast rather than stack three of it.
    actions.run('undo');
    actions.run('nudgeRight');
    expect(shown()).toHaveLength(1);

    toastStore.setState({ toasts: [] });
    actions.run('quickAdd');
    expect(canvas.session.getState().quickAdd).toBeNull();
    expect(shown()).toEqual([{ title: refusal.title, detail: refusal.detail }]);
  });

  it('leaves an editor’s Space to open quick add, with nothing to explain', () => {
    toastStore.setState({ toasts: [] });
    const { canvas, actions } = openCanvas(breakdown);
    expect(canvas.explainReadOnly()).toBe(false);
    actions.run('quickAdd');
    expect(canvas.session.getState().quickAdd).not.toBeNull();
    expect(shown()).toEqual([]);
  });
});
