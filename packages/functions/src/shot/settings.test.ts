import { describe, expect, it } from 'vitest';
import { runFunction } from '../registry.js';
import { anna, asUpstream, kitchen, noir, sceneTwelve, shot12A } from '../testing/story.js';
import type { CompiledPrompt } from './compile-prompt.js';

const signal = new AbortController().signal;
const garage = { id: 'loc_garage', type: 'location', data: { name: 'GARAGE', intExt: 'INT', description: 'Oil-stained concrete.' } };

const promptOf = async (upstream: Record<string, ReturnType<typeof asUpstream>[]>): Promise<CompiledPrompt> =>
  (await runFunction('compileShotPrompt', { node: shot12A, upstream }, { signal })).outputs['prompt'] as CompiledPrompt;

describe('the Style and Location in a Shot’s prompt', () => {
  it('uses the Scene’s location name when no Location is linked', async () => {
    const prompt = await promptOf({ scene: [asUpstream(sceneTwelve)], characters: [asUpstream(anna)] });
    expect(prompt.positive).toContain('Setting: Interior, kitchen, night.');
  });

  it('prefers the Shot’s own Location over the Scene’s, and its own Style', async () => {
    const scene = await runFunction('sceneBreakdown', { node: sceneTwelve, upstream: { location: [asUpstream(kitchen)] } }, { signal });
    const sceneWithOutputs = { ...asUpstream(sceneTwelve), outputs: scene.outputs };
    expect((await promptOf({ scene: [sceneWithOutputs] })).positive).toContain('Setting: Interior, kitchen, night. A narrow galley kitchen');
    const overridden = await promptOf({ scene: [sceneWithOutputs], location: [asUpstream(garage)], style: [asUpstream(noir)] });
    expect(overridden.positive).toMatch(/^Cinematic film still, 35mm, high contrast chiaroscuro, muted teal and amber\. Medium close-up/);
    expect(overridden.positive).toContain('Setting: Interior, garage, night. Oil-stained concrete.');
    expect(overridden.negative).toContain('cartoon, oversaturated');
  });

  it('takes the Style a Scene passes on when the Shot has none', async () => {
    const scene = await runFunction('sceneBreakdown', { node: sceneTwelve, upstream: { style: [asUpstream(noir)] } }, { signal });
    const prompt = await promptOf({ scene: [{ ...asUpstream(sceneTwelve), outputs: scene.outputs }] });
    expect(prompt.positive.startsWith('Cinematic film still')).toBe(true);
  });
});
