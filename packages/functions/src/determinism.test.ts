import { canonicalJson } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { runFunction, type RunRequest } from './registry.js';
import { deriveSeed } from './seed.js';
import { anna, asUpstream, ben, sceneTwelve, shot12A, storyRuns } from './testing/story.js';
import type { FunctionResult } from './types.js';

const signal = new AbortController().signal;
const bytesOf = (result: FunctionResult): string =>
  canonicalJson({
    outputs: result.outputs,
    artifacts: result.artifacts.map((artifact) => ({ ...artifact, bytes: artifact.bytes ? Buffer.from(artifact.bytes).toString('hex') : undefined })),
  });
const run = async (fn: string, request: RunRequest) => bytesOf(await runFunction(fn, request, { signal }));

const shotRequest = (data: Record<string, unknown>): RunRequest => ({
  node: { ...shot12A, data: { ...shot12A.data, ...data } },
  upstream: { scene: [asUpstream(sceneTwelve)], characters: [asUpstream(anna), asUpstream(ben)] },
});

describe('determinism', () => {
  it('gives identical bytes for identical inputs', async () => {
    for (const { fn, build } of storyRuns()) {
      const request = await build();
      expect(await run(fn, request)).toBe(await run(fn, structuredClone(request)));
    }
  });

  it('does not depend on the order the characters were connected in', async () => {
    const reversed = { ...shotRequest({}), upstream: { scene: [asUpstream(sceneTwelve)], characters: [asUpstream(ben), asUpstream(anna)] } };
    expect(await run('compileShotPrompt', reversed)).toBe(await run('compileShotPrompt', shotRequest({})));
    expect(await run('sceneBreakdown', { node: sceneTwelve, upstream: { characters: [asUpstream(ben), asUpstream(anna)] } })).toBe(
      await run('sceneBreakdown', { node: sceneTwelve, upstream: { characters: [asUpstream(anna), asUpstream(ben)] } }),
    );
  });

  it('derives seeds from the node id and the view, the same on every machine', () => {
    expect(deriveSeed('char_anna', 'front')).toBe(1183566488);
    expect(deriveSeed('shot_12a', 'shot')).toBe(4256710908);
    expect(deriveSeed('char_anna', 'back')).not.toBe(deriveSeed('char_anna', 'front'));
  });
});

describe('every shot field reaches the prompt and its hash', () => {
  const changes: Record<string, unknown>[] = [
    { shotSize: 'CU' }, { shotType: 'OTS' }, { angle: 'dutch' }, { movement: 'arc' }, { lensMm: 85 }, { aspect: '1.78' },
    { action: 'Anna laughs.' }, { description: 'From the hall.' }, { composition: 'centred' }, { lighting: 'moonlight' },
    { mood: 'warm' }, { seed: 7 },
  ];
  it.each(changes)('%o', async (change) => {
    const before = (await runFunction('compileShotPrompt', shotRequest({}), { signal })).outputs['prompt'] as Record<string, unknown>;
    const after = (await runFunction('compileShotPrompt', shotRequest(change), { signal })).outputs['prompt'] as Record<string, unknown>;
    expect(canonicalJson(after)).not.toBe(canonicalJson(before));
    expect(after['hash']).not.toBe(before['hash']);
  });

  it.each([{ shotSize: 'WS' }, { angle: 'high' }, { movement: 'pan_left' }, { lensMm: 50 }, { aspect: '1.00' }, { durationS: 4 }, { shotNumber: '12B' }])(
    'changes the storyboard frame: %o',
    async (change) => {
      expect(await run('storyboardFrame', shotRequest(change))).not.toBe(await run('storyboardFrame', shotRequest({})));
    },
  );

  it('changes when a character in frame changes, through the identity block', async () => {
    const request = shotRequest({});
    const changed = { ...anna, data: { ...anna.data, appearance: { ...anna.data.appearance, hair: 'long red curls' } } };
    request.upstream = { ...request.upstream, characters: [asUpstream(changed), asUpstream(ben)] };
    expect(await run('compileShotPrompt', request)).not.toBe(await run('compileShotPrompt', shotRequest({})));
  });
});

describe('every character field reaches the sheet', () => {
  it.each(['build', 'height', 'skinTone', 'face', 'eyes', 'hair', 'marks'])('appearance.%s', async (field) => {
    const changed = { ...anna, data: { ...anna.data, appearance: { ...anna.data.appearance, [field]: 'something else' } } };
    expect(await run('characterSheet', { node: changed })).not.toBe(await run('characterSheet', { node: anna }));
  });
});
