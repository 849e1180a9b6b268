import fc from 'fast-check';
import type { GraphDocument, GraphEdge, GraphNode } from '../document.js';
import { GRAPH_SCHEMA_VERSION } from '../document.js';

/*
 * fast-check generators for property tests. A DAG is built by giving every node a hidden
 * rank and only drawing edges from a lower rank to a higher one; the document lists the
 * nodes in a shuffled order so the tie-breaking rule is exercised too.
 */

const position = { x: 0, y: 0 };
const nodeTypes = ['character', 'scene', 'shot'] as const;

const node = (id: string, type: string, data: Record<string, unknown> = {}): GraphNode => ({ id, type, position, data });

export interface RandomDag {
  doc: GraphDocument;
  /** Ids in rank order: every edge goes from an earlier to a later id in this list. */
  ranked: string[];
}

export const randomDag = (maxNodes = 30): fc.Arbitrary<RandomDag> =>
  fc
    .integer({ min: 1, max: maxNodes })
    .chain((size) =>
      fc.record({
        size: fc.constant(size),
        types: fc.array(fc.constantFrom(...nodeTypes), { minLength: size, maxLength: size }),
        order: fc.shuffledSubarray([...Array(size).keys()], { minLength: size, maxLength: size }),
        pairs: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 3 }),
      }),
    )
    .map(({ size, types, order, pairs }) => {
      const ranked = Array.from({ length: size }, (_, rank) => `n${rank}`);
      const edges: GraphEdge[] = pairs
        .filter(([a, b]) => a !== b)
        .map(([a, b], index) => {
          const [from, to] = a < b ? [a, b] : [b, a];
          return { id: `e${index}`, source: `n${from}`, sourceHandle: 'out', target: `n${to}`, targetHandle: 'in' };
        });
      const nodes = order.map((rank) => node(`n${rank}`, types[rank] as string));
      return { doc: { schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges }, ranked };
    });

const idPool = ['anna', 'ben', 'sc12', 'sh12a', 'sh12b', 'constructor', '__proto__', 'x'];
const handlePool = ['character', 'characters', 'scene', 'shot', 'prompt', 'frame', 'in', 'out', 'toString'];

const nodeData: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  fc.record(
    {
      name: fc.oneof(fc.string(), fc.integer()),
      shotNumber: fc.constantFrom('12A', '12I', '', 'x'),
      sceneNumber: fc.constantFrom('12', '', 'twelve'),
      lensMm: fc.oneof(fc.double(), fc.constant(35)),
      role: fc.constantFrom('lead', 'hero'),
      appearance: fc.oneof(fc.constant(null), fc.record({ eyes: fc.oneof(fc.string(), fc.integer()) })),
      tags: fc.array(fc.oneof(fc.string(), fc.constant(''))),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
);

const randomEdge = (ids: readonly string[]) =>
  fc.record({
    id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
    source: fc.constantFrom(...ids, 'gone'),
    sourceHandle: fc.constantFrom(...handlePool),
    target: fc.constantFrom(...ids, 'gone'),
    targetHandle: fc.constantFrom(...handlePool),
  });

// Edges between existing nodes through the handles their source type has, so some
// documents come close to valid and the rules interact instead of all failing at once.
const plausibleEdge = (nodes: readonly GraphNode[]) =>
  fc.record({ id: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'), from: fc.constantFrom(...nodes), to: fc.constantFrom(...nodes) }).map(
    ({ id, from, to }): GraphEdge => {
      const [sourceHandle, targetHandle] = from.type === 'scene' ? ['scene', 'scene'] : ['character', 'characters'];
      return { id, source: from.id, sourceHandle, target: to.id, targetHandle };
    },
  );

/** Documents that pass graphDocumentSchema but may break every graph rule at once. */
export const arbitraryDocument: fc.Arbitrary<GraphDocument> = fc
  .array(
    fc.record({
      id: fc.constantFrom(...idPool),
      type: fc.oneof({ arbitrary: fc.constantFrom(...nodeTypes), weight: 6 }, { arbitrary: fc.constantFrom('matte_painting', 'toString'), weight: 1 }),
      position: fc.constant(position),
      data: fc.oneof(nodeData, fc.constant({})),
    }),
    { maxLength: 12 },
  )
  .chain((nodes) =>
    fc.record({
      schemaVersion: fc.constant(GRAPH_SCHEMA_VERSION),
      nodes: fc.constant(nodes),
      edges: fc.array(nodes.length > 0 ? fc.oneof(randomEdge(idPool), plausibleEdge(nodes), plausibleEdge(nodes)) : randomEdge(idPool), {
        maxLength: 20,
      }),
    }),
  );
