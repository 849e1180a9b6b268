import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConnection } from '../connection.js';
import { graphDocumentSchema } from '../document.js';
import { isBlockingIssue } from '../issues.js';
import { arbitraryDocument } from '../testing/arbitraries.js';
import { findCycle } from '../topology/cycles.js';
import { GraphCycleError, topologicalOrder } from '../topology/order.js';
import { validateGraph } from './validate-graph.js';

// Follows an issue's path into the document; `undefined` means the path points nowhere.
const resolve = (doc: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined), doc);

describe('validateGraph on arbitrary documents', () => {
  it('never throws, and every issue points at something in the document', () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        expect(graphDocumentSchema.safeParse(doc).success).toBe(true);
        for (const issue of validateGraph(doc)) {
          expect(resolve(doc, issue.path)).not.toBeUndefined();
          expect(issue.message.length).toBeGreaterThan(0);
          isBlockingIssue(issue);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with checkConnection: an edge it allows adds no blocking issue about that edge', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.nat(), (doc, pick) => {
        if (doc.edges.length === 0) return;
        const [proposed, ...rest] = [...doc.edges.slice(pick % doc.edges.length), ...doc.edges.slice(0, pick % doc.edges.length)];
        const without = { ...doc, edges: rest.map((edge, i) => ({ ...edge, id: `r${i}` })) };
        const check = checkConnection(without, proposed!);
        if (!check.ok) return;
        const added = { ...without, edges: [...without.edges, { ...proposed!, id: 'added' }] };
        const aboutIt = validateGraph(added).filter((issue) => issue.edgeId === 'added' && isBlockingIssue(issue));
        expect(aboutIt).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws from topology functions except GraphCycleError', () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        findCycle(doc);
        try {
          topologicalOrder(doc);
        } catch (error) {
          expect(error).toBeInstanceOf(GraphCycleError);
        }
      }),
    );
  });
});
