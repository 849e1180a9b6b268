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

const shotCanvas = () =>
  createCanvas({
    graph: {
      id: 'g1',
      name: 'Pilot',
      revision: 3,
      document: { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [{ id: 'sh1', type: 'shot', position: { x: 0, y: 0 }, data: {} }], edges: [] },
    },
  });

describe('a card whose latest result failed', () => {
  it('says why on the card, not only in the badge’s tooltip', () => {
    const canvas = shotCanvas();
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

  it('keeps the frame and prompt its last successful run made, dimmed and dated, under the reason', () => {
    const canvas = shotCanvas();
    const frame = { hash: 'f'.repeat(64), mediaType: 'image/png', bytes: 10, url: `/api/v1/artifacts/${'f'.repeat(64)}` };
    const outputs = { values: { prompt: { positive: 'Wide shot, harbour at dawn. Fog.', negative: '', seed: 1, width: 1024, height: 538, references: [] } }, artifacts: { 'frame.png': frame } };
    const startedAt = new Date(2026, 0, 1, 14, 2).toISOString();
    mergeLatest(canvas.runs, resultsOfRun(aRun([aRunNode('sh1', { outputs })], { id: 'runA', createdAt: startedAt })));
    const error = { code: 'image_backend_unavailable', message: 'The image backend refused the request.' };
    mergeLatest(canvas.runs, resultsOfRun(aRun([aRunNode('sh1', { status: 'failed', outputs: null, error })], { id: 'runB', status: 'failed', createdAt: new Date(2026, 0, 1, 15, 0).toISOString() })));
    render(
      <CanvasContext.Provider value={canvas}>
        <NodeRunOutput nodeId="sh1" type="shot" />
      </CanvasContext.Provider>,
    );
    expect(screen.getByTestId('node-run-error').textContent).toBe('The image backend refused the request.');
    const earlier = screen.getByTestId('node-run-earlier');
    expect(earlier.textContent).toContain('From the run of Jan 1, 2:02 PM');
    expect(earlier.textContent).toContain('Wide shot, harbour at dawn.');
    expect(screen.getByTestId('node-run-frame').getAttribute('src')).toBe(frame.url);
  });
});
