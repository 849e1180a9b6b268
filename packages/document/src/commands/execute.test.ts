import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGraphDoc, toGraphDocument } from '../graph-doc.js';
import { SERVER_ORIGIN } from '../model/schema.js';
import { cast, scene12 } from '../testing/story.js';
import { createCommandContext, executeCommand, toVisibleGraph } from './execute.js';

describe('executeCommand without a store', () => {
  it('applies a command as one transaction with the given origin', () => {
    const ydoc = createGraphDoc(scene12());
    const origins: unknown[] = [];
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const result = executeCommand(ydoc, { kind: 'DeleteSelection', ids: ['sc12'] }, createCommandContext(ydoc, { origin: SERVER_ORIGIN }));
    expect(result).toMatchObject({ ok: true, label: 'Delete Scene 12' });
    expect(origins).toEqual([SERVER_ORIGIN]);
  });

  it('writes nothing for a refused command', () => {
    const ydoc = createGraphDoc(scene12());
    let transactions = 0;
    ydoc.on('afterTransaction', () => (transactions += 1));
    const result = executeCommand(
      ydoc,
      { kind: 'Connect', source: 'sc14', sourceHandle: 'scene', target: 'sh12a', targetHandle: 'scene' },
      createCommandContext(ydoc, { origin: SERVER_ORIGIN }),
    );
    expect(result).toMatchObject({ ok: false, code: 'port_occupied' });
    expect(transactions).toBe(0);
  });

  it('validates against the visible graph', () => {
    const graph = scene12();
    graph.edges.push(cast('ghost', 'sc12', 'e_dangling'));
    const ydoc = createGraphDoc(graph);
    expect(toVisibleGraph(ydoc).edges.map((edge) => edge.id)).not.toContain('e_dangling');
    expect(toGraphDocument(ydoc).edges.map((edge) => edge.id)).toContain('e_dangling');
  });
});
