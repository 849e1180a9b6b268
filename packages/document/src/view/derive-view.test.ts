import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNode, isBlockingIssue, nodeTypeNames, validateGraph, type GraphDocument, type GraphEdge } from '@pc/graph';
import { cast, character, cover, frame, graphOf, scene, scene12, shot } from '../testing/story.js';
import { catalogueAllowsCycles, findEdgesClosingCycles } from './cycles.js';
import { deriveView, type DocumentIssue } from './derive-view.js';

const codes = (issues: readonly DocumentIssue[]) => issues.map(({ code, nodeId, edgeId, hidden }) => ({ code, nodeId, edgeId, hidden }));
const withEdges = (graph: GraphDocument, ...edges: GraphEdge[]) => ({ ...graph, edges: [...graph.edges, ...edges] });

describe('deriveView', () => {
  it('shows a valid graph as it is', () => {
    expect(deriveView(scene12())).toEqual({ hiddenEdgeIds: [], issues: [] });
  });

  it('hides a link to a deleted node, without flagging the node left behind', () => {
    const graph = withEdges(scene12(), cast('ghost', 'sc12', 'e_dangling'));
    const view = deriveView(graph);
    expect(view.hiddenEdgeIds).toEqual(['e_dangling']);
    expect(codes(view.issues)).toEqual([{ code: 'dangling_edge', nodeId: undefined, edgeId: 'e_dangling', hidden: true }]);
  });

  it('keeps the lowest id of two identical links', () => {
    const graph = withEdges(scene12(), cast('carl', 'sc14', 'e_2'), cast('carl', 'sc14', 'e_1'));
    const view = deriveView(graph);
    expect(view.hiddenEdgeIds).toEqual(['e_2']);
    expect(view.issues[0]).toMatchObject({ code: 'duplicate_edge', edgeId: 'e_2', nodeId: 'sc14', hidden: true });
  });

  it('keeps the lowest id of two links into a single input and says which one won', () => {
    // Two editors link a different Scene into Shot 12A at the same time.
    const graph = withEdges(scene12(), cover('sc14', 'sh12a', 'a_cover'));
    const view = deriveView(graph);
    expect(view.hiddenEdgeIds).toEqual(['cover_sc12_sh12a']);
    expect(view.issues[0]).toMatchObject({ code: 'port_occupied', nodeId: 'sh12a', edgeId: 'cover_sc12_sh12a', hidden: true });
    expect(view.issues[0]?.message).toContain('the one from Scene 14 is kept');
    // ANNA is in frame but not cast in Scene 14, the winning scene: flagged, not hidden.
    expect(view.issues[1]).toMatchObject({ code: 'shot_character_not_cast', nodeId: 'sh12a', edgeId: 'frame_anna_sh12a', hidden: false });
  });

  it('hides self loops, unknown ports and incompatible ports', () => {
    const graph = withEdges(
      scene12(),
      { id: 'e_self', source: 'sc12', sourceHandle: 'scene', target: 'sc12', targetHandle: 'characters' },
      { id: 'e_port', source: 'carl', sourceHandle: 'character', target: 'sc14', targetHandle: 'wardrobe' },
      { id: 'e_type', source: 'sc14', sourceHandle: 'scene', target: 'sc12', targetHandle: 'characters' },
    );
    const view = deriveView(graph);
    expect(view.hiddenEdgeIds).toEqual(['e_port', 'e_self', 'e_type']);
    expect(view.issues.map((issue) => [issue.edgeId, issue.code])).toEqual([
      ['e_port', 'unknown_port'],
      ['e_self', 'self_loop'],
      ['e_type', 'incompatible_ports'],
    ]);
  });

  it('flags unfinished shots but shows them: no scene yet, or a character not cast in the scene', () => {
    const graph = graphOf(
      [character('anna'), scene('sc1', '1'), shot('sh1', '1A'), shot('sh2', '1B')],
      [cover('sc1', 'sh1'), frame('anna', 'sh1')],
    );
    const view = deriveView(graph);
    expect(view.hiddenEdgeIds).toEqual([]);
    expect(codes(view.issues)).toEqual([
      { code: 'shot_character_not_cast', nodeId: 'sh1', edgeId: 'frame_anna_sh1', hidden: false },
      { code: 'shot_missing_scene', nodeId: 'sh2', edgeId: undefined, hidden: false },
    ]);
  });

  it('flags a node of an unknown type and keeps its links: a newer client may understand them', () => {
    const base = scene12();
    const graph = withEdges({ ...base, nodes: [...base.nodes, { id: 'loc1', type: 'matte_painting', position: { x: 0, y: 0 }, data: {} }] }, {
      id: 'e_loc',
      source: 'loc1',
      sourceHandle: 'location',
      target: 'sc12',
      targetHandle: 'location',
    });
    const view = deriveView(graph);
    expect(view.hiddenEdgeIds).toEqual([]);
    expect(codes(view.issues)).toEqual([{ code: 'unknown_node_type', nodeId: 'loc1', edgeId: undefined, hidden: false }]);
  });

  it('hides the largest id of a cycle closed by concurrent links', () => {
    // The catalogue's types cannot loop (Character → Scene → Shot); nodes of a type from a
    // newer version can, since their ports are not checked.
    const loop = (id: string) => ({ id, type: 'storyline', position: { x: 0, y: 0 }, data: {} });
    const link = (id: string, source: string, target: string) => ({ id, source, sourceHandle: 'next', target, targetHandle: 'previous' });
    const graph = graphOf([loop('a'), loop('b'), loop('c')], [link('e1', 'a', 'b'), link('e2', 'b', 'c'), link('e3', 'c', 'a')]);
    const view = deriveView(graph);
    expect(view.hiddenEdgeIds).toEqual(['e3']);
    expect(view.issues.find((issue) => issue.hidden)).toMatchObject({ code: 'cycle', edgeId: 'e3', nodeId: 'a' });
  });

  it('knows the catalogue cannot loop, so it skips the search on known types', () => {
    expect(catalogueAllowsCycles()).toBe(false);
  });

  it('gives the same answer whatever the order of nodes and edges', () => {
    const graph = withEdges(scene12(), cover('sc14', 'sh12a', 'a_cover'), cast('carl', 'sc14', 'e_2'), cast('carl', 'sc14', 'e_1'));
    const reversed = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(deriveView(reversed)).toEqual(deriveView(graph));
  });
});

describe('findEdgesClosingCycles', () => {
  const edge = (id: string, source: string, target: string) => ({ id, source, target });

  it('hides the largest id of a cycle closed by concurrent links', () => {
    const edges = [edge('e1', 'a', 'b'), edge('e2', 'b', 'c'), edge('e3', 'c', 'a')];
    expect(findEdgesClosingCycles(['a', 'b', 'c'], edges).map((e) => e.id)).toEqual(['e3']);
  });

  it('breaks every cycle, one edge each, and leaves an acyclic graph', () => {
    const edges = [edge('e1', 'a', 'b'), edge('e2', 'b', 'a'), edge('e3', 'b', 'c'), edge('e4', 'c', 'd'), edge('e5', 'd', 'b'), edge('e6', 'c', 'c')];
    expect(findEdgesClosingCycles(['a', 'b', 'c', 'd'], edges).map((e) => e.id)).toEqual(['e2', 'e5', 'e6']);
  });

  it('hides nothing in an acyclic graph', () => {
    const edges = [edge('e1', 'a', 'b'), edge('e2', 'a', 'c'), edge('e3', 'b', 'c')];
    expect(findEdgesClosingCycles(['a', 'b', 'c'], edges)).toEqual([]);
  });
});

describe('deriveView agrees with packages/graph', () => {
  const handles = ['character', 'characters', 'scene', 'shot', 'prompt', 'frame', 'props'];
  const randomGraph = fc
    .record({
      types: fc.array(fc.constantFrom(...nodeTypeNames, 'matte_painting'), { minLength: 1, maxLength: 8 }),
      links: fc.array(fc.tuple(fc.nat(9), fc.constantFrom(...handles), fc.nat(9), fc.constantFrom(...handles), fc.nat(99)), { maxLength: 24 }),
    })
    .map(({ types, links }): GraphDocument => {
      const nodes = types.map((type, i) =>
        type === 'matte_painting' ? { id: `n${i}`, type, position: { x: 0, y: 0 }, data: {} } : createNode(type, { id: `n${i}`, position: { x: 0, y: 0 } }),
      );
      const edges = links.map(([s, sh, t, th, id]) => ({ id: `e${id}_${s}_${t}`, source: `n${s}`, sourceHandle: sh, target: `n${t}`, targetHandle: th }));
      const unique = [...new Map(edges.map((e) => [e.id, e])).values()];
      return graphOf(nodes, unique);
    });

  it('leaves no blocking link issue visible, and flags exactly the unfinished shots graph flags', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const view = deriveView(graph);
        const hidden = new Set(view.hiddenEdgeIds);
        const visible = { ...graph, edges: graph.edges.filter((edge) => !hidden.has(edge.id)) };
        const reported = validateGraph(visible);
        const blockingOnEdges = reported.filter((issue) => isBlockingIssue(issue) && issue.edgeId !== undefined);
        expect(blockingOnEdges).toEqual([]);
        const shotRules = (issues: ReadonlyArray<{ code: string; nodeId?: string; edgeId?: string }>) =>
          issues
            .filter((issue) => issue.code.startsWith('shot_') || issue.code === 'unknown_node_type')
            .map(({ code, nodeId, edgeId }) => `${code} ${nodeId} ${edgeId}`)
            .sort();
        expect(shotRules(view.issues)).toEqual(shotRules(reported));
      }),
      { numRuns: 300 },
    );
  });
});
