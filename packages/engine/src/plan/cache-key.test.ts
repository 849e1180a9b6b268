import { describe, expect, it } from 'vitest';
import { nativeSha256Hex } from '../runs/native-sha256.js';
import { cast, diamond, graphOf, shot } from '../testing/script.js';
import { nodeCacheKey } from './cache-key.js';
import { graphCacheKeys } from './graph-keys.js';
import { planRun } from './plan-run.js';

// Keys computed by the planner as of main at 240d451 (session 9). Outputs are stored under
// these keys: a planner that keys the same node differently misses every cached output.
const PINNED = {
  anna: '46a5d73f919636b5d71ecf447f547ea3b9d682054548a4f7a6e3ee36c0bd6d7b',
  sc1: 'c275addf238aa5876dba0eee6d684ee69ae88d3695fa7063c1323bb2ddcf5c38',
  sc2: '5e3244345d150ac4d0f3170a185ba31e0900cccb1102975a6f2124fc04d39138',
  sh1a: 'c7cee54e0143d6598c5c7158594ce74af5b80068f899cb93556683055d786a4b',
  sh2a: 'e93c2b224bdf4865c129ba3e9c5250ef0ac229886874bbab28eb7c74314db3ef',
  sh3: 'e606671b363826b0f1412fea186801aff7a52526a8f38dc1bce1191e03bd35a6',
};

/** The diamond, plus a seeded Shot with edge data and explicit defaults, so every part of a key's signature is present. */
const graph = () => {
  const base = diamond();
  const edges = base.edges.map((edge) => (edge.id === 'anna-sc2-characters' ? { ...edge, data: { speaking: false } } : edge));
  return graphOf(
    [...base.nodes, shot('sh3', '3', { seed: 7, lensMm: 35, notes: 'ask the DP', lighting: 'Dawn, “cold” ☀' })],
    [...edges, { ...cast('anna', 'sh3'), id: 'anna-sh3', targetHandle: 'characters' }, { id: 'sc1-sh3', source: 'sc1', sourceHandle: 'scene', target: 'sh3', targetHandle: 'scene' }],
  );
};
const versions: Record<string, number> = { character: 2, scene: 1, shot: 3 };
const keyContextOf = (type: string) => (type === 'shot' ? { generation: 'comfyui:4f1c' } : undefined);

describe('cache keys', () => {
  it('stay byte-identical to the keys already stored (cached outputs still hit)', () => {
    const plan = planRun(graph(), { getFunctionVersion: (type) => versions[type] ?? 0, keyContextOf });
    expect(Object.fromEntries(plan.nodes.map((node) => [node.nodeId, node.cacheKey]))).toEqual(PINNED);
  });

  it('stay the same keyed with node:crypto’s SHA-256, as the server keys', () => {
    const plan = planRun(graph(), { getFunctionVersion: (type) => versions[type] ?? 0, keyContextOf, hash: nativeSha256Hex });
    expect(Object.fromEntries(plan.nodes.map((node) => [node.nodeId, node.cacheKey]))).toEqual(PINNED);
  });

  it('are the same from nodeCacheKey and graphCacheKeys, node by node', () => {
    const document = graph();
    const plan = planRun(document, { getFunctionVersion: (type) => versions[type] ?? 0 });
    const keys = new Map(plan.nodes.map((node) => [node.nodeId, node.cacheKey]));
    expect(graphCacheKeys(document, (type) => versions[type] ?? 0)).toEqual(keys);
    const sh3 = document.nodes.find((node) => node.id === 'sh3');
    const inputs = document.edges.filter((edge) => edge.target === 'sh3').map((edge) => ({ edge, upstreamKey: keys.get(edge.source) as string }));
    expect(sh3 && nodeCacheKey(sh3, 3, inputs)).toBe(keys.get('sh3'));
  });
});
