import { describe, expect, it } from 'vitest';
import { diamond, graphOf, shot } from '../testing/script.js';
import { graphCacheKeys } from './graph-keys.js';
import { planRun } from './plan-run.js';

const withData = (document: ReturnType<typeof diamond>, nodeId: string, data: Record<string, unknown>) => ({
  ...document,
  nodes: document.nodes.map((node) => (node.id === nodeId ? { ...node, data: { ...node.data, ...data } } : node)),
});

describe('graphCacheKeys', () => {
  it('gives the planner’s keys for the same function versions', () => {
    const document = diamond();
    const planned = planRun(document, { getFunctionVersion: () => 3 }).nodes.map((node) => [node.nodeId, node.cacheKey]);
    expect(Object.fromEntries(graphCacheKeys(document, () => 3))).toEqual(Object.fromEntries(planned));
  });

  it('changes the key of an edited node and of what is downstream of it, nothing else; notes change nothing', () => {
    const before = graphCacheKeys(diamond());
    const changed = (after: Map<string, string>) => [...before].filter(([nodeId, key]) => after.get(nodeId) !== key).map(([nodeId]) => nodeId).sort();
    expect(changed(graphCacheKeys(withData(diamond(), 'sh1a', { lensMm: 85 })))).toEqual(['sh1a']);
    expect(changed(graphCacheKeys(withData(diamond(), 'sc1', { synopsis: 'Fog.' })))).toEqual(['sc1', 'sh1a']);
    expect(changed(graphCacheKeys(withData(diamond(), 'anna', { identityBlock: 'red coat' })))).toEqual(['anna', 'sc1', 'sc2', 'sh1a', 'sh2a']);
    expect(changed(graphCacheKeys(withData(diamond(), 'sc2', { notes: 'Ask the DP' })))).toEqual([]);
  });

  it('keys what it can: a half-wired Shot elsewhere does not matter, invalid data unkeys the node and its dependants', () => {
    const document = diamond();
    const halfWired = graphOf([...document.nodes, shot('sh9', '9')], document.edges);
    expect(planRun.bind(null, halfWired, { getFunctionVersion: () => 0 })).toThrow();
    expect(graphCacheKeys(halfWired).get('sh1a')).toBe(graphCacheKeys(document).get('sh1a'));
    expect(graphCacheKeys(halfWired).has('sh9')).toBe(true);

    const broken = graphCacheKeys(withData(document, 'sc1', { sceneNumber: 42 }));
    expect([...broken.keys()].sort()).toEqual(['anna', 'sc2', 'sh2a']);
  });
});
