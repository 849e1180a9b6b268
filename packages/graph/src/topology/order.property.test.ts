import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDag } from '../testing/arbitraries.js';
import { validateGraph } from '../validate/validate-graph.js';
import { findCycle } from './cycles.js';
import { GraphCycleError, topologicalOrder } from './order.js';
import { downstreamOf } from './reach.js';

describe('topology properties', () => {
  it('orders a random DAG so every edge’s source comes before its target, listing each node once', () => {
    fc.assert(
      fc.property(randomDag(), ({ doc }) => {
        const order = topologicalOrder(doc);
        expect([...order].sort()).toEqual(doc.nodes.map((node) => node.id).sort());
        const position = new Map(order.map((id, index) => [id, index]));
        for (const edge of doc.edges) expect(position.get(edge.source)!).toBeLessThan(position.get(edge.target)!);
        expect(findCycle(doc)).toBeNull();
      }),
    );
  });

  it('finds the cycle a back edge closes: validateGraph reports it and topologicalOrder throws', () => {
    const dagWithBackEdge = randomDag()
      .filter(({ doc }) => doc.edges.length > 0)
      .chain(({ doc }) =>
        fc.record({ doc: fc.constant(doc), from: fc.constantFrom(...doc.edges.map((edge) => edge.source)) }).chain(({ doc, from }) => {
          const descendants = [...downstreamOf(doc, [from])].filter((id) => id !== from);
          return fc.record({ doc: fc.constant(doc), from: fc.constant(from), to: fc.constantFrom(...descendants) });
        }),
      );
    fc.assert(
      fc.property(dagWithBackEdge, ({ doc, from, to }) => {
        const looped = { ...doc, edges: [...doc.edges, { id: 'back', source: to, sourceHandle: 'out', target: from, targetHandle: 'in' }] };
        const cycles = validateGraph(looped).filter((issue) => issue.code === 'cycle');
        expect(cycles.map((issue) => issue.edgeId)).toContain('back');
        expect(() => topologicalOrder(looped)).toThrow(GraphCycleError);
        const cycle = findCycle(looped);
        expect(cycle).not.toBeNull();
        // The reported cycle is real: each node links to the next, and the last to the first.
        const links = new Set(looped.edges.map((edge) => `${edge.source} ${edge.target}`));
        cycle!.forEach((id, index) => expect(links.has(`${id} ${cycle![(index + 1) % cycle!.length]}`)).toBe(true));
      }),
    );
  });
});
