// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { describeNodeCatalogue, GRAPH_SCHEMA_VERSION } from '@pc/graph';
import { createCanvas } from './store/canvas.js';
import { CanvasContext } from './store/react.js';
import { Palette } from './Palette.js';

afterEach(cleanup);

describe('the node palette', () => {
  it('gives each type its whole description on hover (the card clips it to two lines), in words that fit every type (not “a Audio”)', () => {
    const canvas = createCanvas({ graph: { id: 'g1', name: 'Pilot', revision: 1, document: { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [], edges: [] } } });
    render(
      <ReactFlowProvider>
        <CanvasContext.Provider value={canvas}>
          <Palette />
        </CanvasContext.Provider>
      </ReactFlowProvider>,
    );
    const catalogue = describeNodeCatalogue();
    expect(catalogue.length).toBeGreaterThan(3);
    for (const type of catalogue) {
      const title = screen.getByTestId(`palette-${type.type}`).getAttribute('title') ?? '';
      expect(title.startsWith(type.description)).toBe(true);
      expect(title).toContain('Click to add it at the centre, or drag it onto the canvas.');
    }
  });
});
