// First: zod 4 gives a schema `.openapi` when it is made, so the extension must load before @pc/graph's schemas.
import '@hono/zod-openapi';
import { validateGraph } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { harbourScene } from '../../test/documents.js';
import { graphResponseJson, toGraphResponse } from './schemas.js';

describe('graphResponseJson', () => {
  it('is the JSON of toGraphResponse, byte for byte, around the document JSON it is given', () => {
    const document = harbourScene();
    document.nodes[0]!.data['name'] = 'Mara "the pilot" \u2028 née';
    const graph = {
      id: 'gr_1',
      workspaceId: 'ws_1',
      name: 'Harbour — "pilot"',
      revision: 7,
      document,
      nodeCount: document.nodes.length,
      edgeCount: document.edges.length,
      createdAt: new Date('2026-11-01T10:00:00Z'),
      updatedAt: new Date('2026-11-23T02:00:00Z'),
    };
    const issues = validateGraph({ ...document, edges: [] });
    expect(issues.length).toBeGreaterThan(0);
    expect(graphResponseJson(graph, issues, JSON.stringify(document))).toBe(JSON.stringify(toGraphResponse(graph, issues)));
    expect(graphResponseJson(graph, [], JSON.stringify(document))).toBe(JSON.stringify(toGraphResponse(graph, [])));
  });
});
