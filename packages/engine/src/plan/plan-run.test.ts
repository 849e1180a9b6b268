import type { GraphDocument } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { cast, character, cover, diamond, frame, graphOf, scene, shot } from '../testing/script.js';
import { planRun, type RunPlan } from './plan-run.js';
import { RunPlanError } from './run-plan-error.js';

const versions: Record<string, number> = { character: 1, scene: 1, shot: 1 };
const plan = (graph: GraphDocument, nodeIds?: string[]) =>
  planRun(graph, { nodeIds, getFunctionVersion: (type) => versions[type] ?? 0 });
const keysOf = (runPlan: RunPlan) => Object.fromEntries(runPlan.nodes.map((node) => [node.nodeId, node.cacheKey]));
const edit = (graph: GraphDocument, nodeId: string, change: (node: GraphDocument['nodes'][number]) => void): GraphDocument => {
  const copy = structuredClone(graph);
  const node = copy.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) throw new Error(`no node ${nodeId}`);
  change(node);
  return copy;
};
const changed = (before: RunPlan, after: RunPlan) => {
  const old = keysOf(before);
  return after.nodes.filter((node) => old[node.nodeId] !== node.cacheKey).map((node) => node.nodeId);
};

describe('planRun', () => {
  it('plans each node of a diamond once, after everything it reads from', () => {
    const runPlan = plan(diamond());
    expect(runPlan.nodes.map((node) => node.nodeId)).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
    const anna = runPlan.nodes[0];
    expect(anna).toMatchObject({ dependsOn: [], dependants: ['sc1', 'sc2', 'sh1a'], remainingDeps: 0, role: 'target' });
    expect(runPlan.nodes.find((node) => node.nodeId === 'sh1a')).toMatchObject({ dependsOn: ['anna', 'sc1'], remainingDeps: 2 });
    expect(runPlan.ready).toEqual(['anna']);
    expect(new Set(runPlan.nodes.map((node) => node.cacheKey)).size).toBe(5);
  });

  it('gives an unchanged graph the same keys on every plan', () => {
    expect(keysOf(plan(diamond()))).toEqual(keysOf(plan(diamond())));
  });

  it('re-keys only the Shot that was edited', () => {
    const edited = edit(diamond(), 'sh1a', (node) => (node.data['lensMm'] = 85));
    expect(changed(plan(diamond()), plan(edited))).toEqual(['sh1a']);
  });

  it('re-keys a Character and everything downstream of it when it is edited', () => {
    const edited = edit(diamond(), 'anna', (node) => (node.data['identityBlock'] = 'ANNA, 40s, red coat, silver hair'));
    expect(changed(plan(diamond()), plan(edited))).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
  });

  it('keeps every key when a node is only moved, or its wires listed in another order', () => {
    const moved = edit(diamond(), 'sc1', (node) => (node.position = { x: 640, y: 120 }));
    const rewired = { ...diamond(), edges: [...diamond().edges].reverse() };
    expect(changed(plan(diamond()), plan(moved))).toEqual([]);
    expect(changed(plan(diamond()), plan(rewired))).toEqual([]);
  });

  it('keeps every key when only workflow fields (notes, tags, status, colour) change', () => {
    const annotated = edit(diamond(), 'sh1a', (node) =>
      Object.assign(node.data, { notes: 'Check the lens with the DP', tags: ['hero'], status: 'review', color: '#4f46e5' }),
    );
    expect(changed(plan(diamond()), plan(annotated))).toEqual([]);
  });

  it('keys equal data with explicit defaults and with defaults left out alike', () => {
    const explicit = edit(diamond(), 'sh2a', (node) => Object.assign(node.data, { lensMm: 35, shotSize: 'MS' }));
    const sparse = edit(diamond(), 'sh2a', (node) => (node.data = { shotNumber: '2A' }));
    expect(keysOf(plan(explicit))).toEqual(keysOf(plan(sparse)));
  });

  it('tells unseeded twins apart by node id, and lets seeded copies share an output', () => {
    const twins = (data: Record<string, unknown>) =>
      plan(graphOf([scene('sc1', '1'), shot('a', '1A', data), shot('b', '1A', data)], [cover('sc1', 'a'), cover('sc1', 'b')]));
    const unseeded = keysOf(twins({ seed: null }));
    const seeded = keysOf(twins({ seed: 42 }));
    expect(unseeded['a']).not.toBe(unseeded['b']);
    expect(seeded['a']).toBe(seeded['b']);
  });

  it('re-keys a node type whose function version was bumped, and its descendants', () => {
    const before = plan(diamond());
    const after = planRun(diamond(), { getFunctionVersion: (type) => (type === 'scene' ? 2 : 1) });
    expect(changed(before, after)).toEqual(['sc1', 'sc2', 'sh1a', 'sh2a']);
  });

  it('plans a selection with its descendants as targets and their upstream as inputs', () => {
    const runPlan = plan(diamond(), ['sc1']);
    expect(runPlan.nodes.map((node) => [node.nodeId, node.role])).toEqual([
      ['anna', 'input'],
      ['sc1', 'target'],
      ['sh1a', 'target'],
    ]);
    expect(runPlan.nodes.find((node) => node.nodeId === 'anna')?.dependants).toEqual(['sc1', 'sh1a']);
    expect(keysOf(runPlan)).toEqual(Object.fromEntries(Object.entries(keysOf(plan(diamond()))).filter(([id]) => id in keysOf(runPlan))));
  });

  it('refuses a selection naming a node the graph does not have', () => {
    expect(() => plan(diamond(), ['sc1', 'sc9'])).toThrow(expect.objectContaining({ code: 'unknown_nodes', unknownNodeIds: ['sc9'] }));
  });

  it('refuses a broken graph, listing its issues', () => {
    const broken = graphOf([character('anna'), scene('sc1', '1')], [cast('anna', 'sc1'), cast('anna', 'sc1'), cover('sc1', 'ghost')]);
    const error = (() => {
      try {
        plan(broken, ['anna']);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(RunPlanError);
    expect((error as RunPlanError).code).toBe('graph_not_runnable');
    expect((error as RunPlanError).issues.map((issue) => issue.code)).toContain('dangling_edge');
  });

  it('refuses unfinished Shots it would run, but not ones outside the selection', () => {
    const unfinished = graphOf(
      [character('anna'), character('ben'), scene('sc1', '1'), scene('sc2', '2'), shot('sh1a', '1A'), shot('sh2a', '2A'), shot('loose', '9A')],
      [cast('anna', 'sc1'), cover('sc1', 'sh1a'), frame('ben', 'sh1a'), cast('anna', 'sc2'), cover('sc2', 'sh2a')],
    );
    const issueCodes = (nodeIds?: string[]) => {
      try {
        plan(unfinished, nodeIds);
        return [];
      } catch (thrown) {
        return (thrown as RunPlanError).issues.map((issue) => issue.code);
      }
    };
    expect(issueCodes()).toEqual(['shot_character_not_cast', 'shot_missing_scene']);
    expect(issueCodes(['sc1'])).toEqual(['shot_character_not_cast']);
    expect(issueCodes(['sc2'])).toEqual([]);
  });
});
