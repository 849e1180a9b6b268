// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { GRAPH_SCHEMA_VERSION } from '@pc/graph';
import { createCanvas } from '../store/canvas.js';
import { CanvasContext } from '../store/react.js';
import { resultsOfRun } from './latest-results.js';
import { NodeRunOutput } from './NodeRunOutput.js';
import { mergeLatest } from './run-store.js';
import { aRun, aRunNode } from './testing/runs.js';

afterEach(cleanup);

describe('a card whose latest result failed', () => {
  it('says why on the card, not only in the badge’s tooltip', () => {
    const canvas = createCanvas({
      graph: {
        id: 'g1',
        name: 'Pilot',
        revision: 3,
        document: { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [{ id: 'sh1', type: 'shot', position: { x: 0, y: 0 }, data: {} }], edges: [] },
      },
    });
    const error = { code: 'image_backend_unavailable', message: 'The image backend did not answer. Try again in a minute.' };
    mergeLatest(canvas.runs, resultsOfRun(aRun([aRunNode('sh1', { status: 'failed', outputs: null, error })], { status: 'failed' })));
    render(
      <CanvasContext.Provider value={canvas}>
        <NodeRunOutput nodeId="sh1" type="shot" />
      </CanvasContext.Provider>,
    );
    const reason = screen.getByTestId('node-run-error');
    expect(reason.textContent).toBe('The image backend did not answer.');
    expect(reason.getAttribute('title')).toBe(error.message);
  });
});
