import { afterEach, describe, expect, it, vi } from 'vitest';
import { getHintsStore } from './hints/hints-store.js';
import { selectHistoryOpen, setHistoryOpen } from './runs/run-store.js';
import { setPanel } from './store/session-store.js';
import { breakdown, openCanvas } from './testing/open-canvas.js';

const open = () => {
  const opened = openCanvas(breakdown);
  const position = (id: string) => opened.state().nodes[id]?.position;
  return { ...opened, position };
};

/** Key repeat: a press every 33 ms, as a held key fires. */
const hold = (run: () => void, times: number) => {
  for (let i = 0; i < times; i += 1) {
    run();
    vi.advanceTimersByTime(33);
  }
};

describe('arrow-key nudges', () => {
  afterEach(() => vi.useRealTimers());

  it('make a held arrow one undo step, "Move 2 nodes", however often the key repeats', () => {
    vi.useFakeTimers();
    const { canvas, actions, position } = open();
    canvas.doc.select(['anna', 'sc12']);
    hold(() => actions.run('nudgeRight'), 40);
    expect(position('anna')).toEqual({ x: 40, y: 0 });
    expect(canvas.doc.store.getState().undoLabel).toBe('Move 2 nodes');

    expect(canvas.undo()).toEqual({ ok: true, label: 'Move 2 nodes' });
    expect(position('anna')).toEqual({ x: 0, y: 0 });
    expect(position('sc12')).toEqual({ x: 400, y: 0 });
    expect(canvas.doc.store.getState().canUndo).toBe(false);
    expect(canvas.redo()).toEqual({ ok: true, label: 'Move 2 nodes' });
    expect(position('anna')).toEqual({ x: 40, y: 0 });
  });

  it('merge rapid taps on the same selection, but not across a pause or another selection', () => {
    vi.useFakeTimers();
    const { canvas, actions, position } = open();
    canvas.doc.select(['anna', 'sc12']);
    hold(() => actions.run('nudgeDownFar'), 3);
    vi.advanceTimersByTime(1_500);
    hold(() => actions.run('nudgeDownFar'), 2);
    canvas.doc.select(['sh12a']);
    hold(() => actions.run('nudgeLeft'), 5);

    expect(canvas.undo()).toEqual({ ok: true, label: 'Move Shot 12A' });
    expect(position('sh12a')).toEqual({ x: 800, y: 0 });
    expect(canvas.undo()).toEqual({ ok: true, label: 'Move 2 nodes' });
    expect(position('anna')).toEqual({ x: 0, y: 30 });
    expect(canvas.undo()).toEqual({ ok: true, label: 'Move 2 nodes' });
    expect(position('anna')).toEqual({ x: 0, y: 0 });
    expect(canvas.doc.store.getState().canUndo).toBe(false);
  });

  it('start a new step after another command', () => {
    vi.useFakeTimers();
    const { canvas, actions, position } = open();
    canvas.doc.select(['anna']);
    hold(() => actions.run('nudgeRight'), 2);
    canvas.execute({ kind: 'UpdateFields', id: 'anna', fields: { age: '30' } });
    hold(() => actions.run('nudgeRight'), 2);
    canvas.undo();
    expect(position('anna')).toEqual({ x: 2, y: 0 });
    expect(canvas.undo()).toEqual({ ok: true, label: 'Edit Age of ANNA' });
    expect(canvas.undo()).toEqual({ ok: true, label: 'Move ANNA' });
    expect(position('anna')).toEqual({ x: 0, y: 0 });
  });
});

describe('cut', () => {
  it('is one step labelled "Cut 2 nodes" that undo reverts with the links and the selection', () => {
    const { canvas, actions } = open();
    canvas.doc.select(['anna', 'sc12']);
    expect(actions.copyText()).not.toBeNull();
    expect(actions.cut()).toMatchObject({ ok: true, label: 'Cut 2 nodes' });
    expect(canvas.doc.store.getState()).toMatchObject({ nodeIds: ['sh12a'], edgeIds: [], undoLabel: 'Cut 2 nodes' });

    expect(canvas.undo()).toEqual({ ok: true, label: 'Cut 2 nodes' });
    expect([...canvas.doc.store.getState().nodeIds].sort()).toEqual(['anna', 'sc12', 'sh12a']);
    expect(canvas.doc.store.getState().edgeIds).toEqual(['e1', 'e2']);
    expect(canvas.doc.store.getState().selection.nodeIds).toEqual(['anna', 'sc12']);
  });
});

describe('Escape', () => {
  it('closes what is open over the canvas, one thing per press, before it clears the selection', () => {
    const { canvas, actions } = open();
    canvas.doc.select(['anna']);
    const hints = getHintsStore(canvas);
    hints.setState({ open: true });
    setPanel(canvas.session, 'find', true);

    actions.run('clearSelection');
    expect(canvas.session.getState().panels.find).toBe(false);
    expect(hints.getState().open).toBe(true);
    actions.run('clearSelection');
    expect(hints.getState().open).toBe(false);
    expect(canvas.doc.store.getState().selection.nodeIds).toEqual(['anna']);
    actions.run('clearSelection');
    expect(canvas.doc.store.getState().selection.nodeIds).toEqual([]);
  });

  it('closes the run history drawer before it clears the selection', () => {
    const { canvas, actions } = open();
    canvas.doc.select(['anna']);
    setHistoryOpen(canvas.runs, true);

    actions.run('clearSelection');
    expect(selectHistoryOpen(canvas.runs.getState())).toBe(false);
    expect(canvas.doc.store.getState().selection.nodeIds).toEqual(['anna']);
    actions.run('clearSelection');
    expect(canvas.doc.store.getState().selection.nodeIds).toEqual([]);
  });
});
