// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { GRAPH_SCHEMA_VERSION } from '@pc/graph';
import { Explained } from '../../ui/Explained.js';
import { getHintsStore } from '../hints/hints-store.js';
import { HintMarker } from '../hints/HintMarker.js';
import { resultsOfRun } from '../runs/latest-results.js';
import { RunBadge } from '../runs/RunBadge.js';
import { mergeLatest, setRefused } from '../runs/run-store.js';
import { aRun, aRunNode } from '../runs/testing/runs.js';
import { createCanvas } from '../store/canvas.js';
import { CanvasContext } from '../store/react.js';
import type { FlowNode } from '../flow-nodes.js';
import { IssueBadge } from './IssueBadge.js';
import { NodeCard } from './NodeCard.js';

afterEach(cleanup);

const PROBLEM = 'This Shot has no Scene: wire one into its scene input.';
const NOTE = 'MARA is cast in no scene.';
const REFUSAL = "Viewers can't run this graph — ask its owner for edit access.";

/** A card's three badges (a problem, a continuity note, a run status) beside a toolbar control. */
const renderBadges = () => {
  const canvas = createCanvas({
    graph: { id: 'g1', name: 'Pilot', revision: 3, document: { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [{ id: 'sh1', type: 'shot', position: { x: 0, y: 0 }, data: {} }], edges: [] } },
  });
  mergeLatest(canvas.runs, resultsOfRun(aRun([aRunNode('sh1')])));
  getHintsStore(canvas).setState({ byNode: { sh1: { severity: 'warning', messages: [NOTE], quiet: false } } });
  render(
    <CanvasContext.Provider value={canvas}>
      <Explained explanation={REFUSAL}>{(trigger) => <button type="button" data-testid="run-button" {...trigger}>Run</button>}</Explained>
      <IssueBadge issues={[{ code: 'shot_missing_scene', severity: 'error', message: PROBLEM, nodeId: 'sh1', hidden: false }]} />
      <HintMarker nodeId="sh1" selected={false} />
      <RunBadge nodeId="sh1" />
    </CanvasContext.Provider>,
  );
};

/** The bubbles on screen (a hidden one still describes its control, so it stays in the DOM). */
const shownBubbles = () => screen.queryAllByRole('tooltip').filter((bubble) => !bubble.hidden).map((bubble) => bubble.textContent);

describe('the explanation bubbles of a card’s badges', () => {
  it('are read out with their badge, and show one at a time with every other explanation', () => {
    renderBadges();
    const issues = screen.getByTestId('node-issues');
    const hint = screen.getByTestId('hint-marker');
    const run = screen.getByTestId('node-run-status');
    expect(document.getElementById(issues.getAttribute('aria-describedby') ?? '')?.textContent).toBe(PROBLEM);
    expect(shownBubbles()).toEqual([]);

    act(() => screen.getByTestId('run-button').focus());
    expect(shownBubbles()).toEqual([REFUSAL]);
    act(() => issues.focus());
    expect(shownBubbles()).toEqual([PROBLEM]);
    // A tap (a click, no focus move in Safari) on another badge: its bubble replaces the focused one's.
    fireEvent.click(hint);
    expect(shownBubbles()).toEqual([NOTE]);
    fireEvent.click(run);
    expect(shownBubbles()).toEqual(['Done']);
    fireEvent.keyDown(run, { key: 'Escape' });
    expect(shownBubbles()).toEqual([]);
  });
});

/** A Shot with no Scene (a problem on the canvas) and a Character, both named by a refused run. */
const renderRefusedCards = () => {
  const canvas = createCanvas({
    graph: {
      id: 'g1',
      name: 'Pilot',
      revision: 3,
      document: {
        schemaVersion: GRAPH_SCHEMA_VERSION,
        nodes: [
          { id: 'sh1', type: 'shot', position: { x: 0, y: 0 }, data: {} },
          { id: 'ch1', type: 'character', position: { x: 400, y: 0 }, data: { name: 'MARA' } },
        ],
        edges: [],
      },
    },
  });
  setRefused(canvas.runs, ['sh1', 'ch1']);
  const card = (id: string, type: 'shot' | 'character') => {
    const props = { id, type, data: {}, selected: false, dragging: false, draggable: true, selectable: true, deletable: true, isConnectable: true, zIndex: 0, positionAbsoluteX: 0, positionAbsoluteY: 0 };
    return <NodeCard {...(props as unknown as NodeProps<FlowNode>)} />;
  };
  render(
    <ReactFlowProvider>
      <CanvasContext.Provider value={canvas}>
        {card('sh1', 'shot')}
        {card('ch1', 'character')}
      </CanvasContext.Provider>
    </ReactFlowProvider>,
  );
  return canvas;
};

describe('a card the server named when it refused a run', () => {
  it('shows one signal: the problem badge says it stopped the run and why, with no second refusal mark', () => {
    renderRefusedCards();
    const shot = screen.getByTestId('node-shot');
    const problem = within(shot).getByTestId('node-issues');
    expect(problem.dataset['stoppedRun']).toBe('true');
    expect(problem.getAttribute('aria-label')).toBe('1 problem, stopped the run');
    expect(document.getElementById(problem.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^The run was refused until this is fixed:.*Scene/);
    expect(within(shot).queryByTestId('node-run-status')).toBeNull();
  });

  it('keeps the refusal mark on a card with no problem of its own to say it', () => {
    renderRefusedCards();
    const character = screen.getByTestId('node-character');
    expect(within(character).getByTestId('node-run-status').dataset['runStatus']).toBe('refused');
    expect(within(character).queryByTestId('node-issues')).toBeNull();
  });

  it('drops the mark from the problem badge once the next run starts', () => {
    const canvas = renderRefusedCards();
    act(() => setRefused(canvas.runs, []));
    const problem = within(screen.getByTestId('node-shot')).getByTestId('node-issues');
    expect(problem.dataset['stoppedRun']).toBeUndefined();
    expect(problem.getAttribute('aria-label')).toBe('1 problem');
  });
});
