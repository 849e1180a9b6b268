import { nodeCatalogue } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { FunctionInputError, functionRegistry, getFunctionsForNodeType, runFunction } from './registry.js';
import { shot12A } from './testing/story.js';

describe('the function registry', () => {
  it('holds exactly the functions the node catalogue names, with integer versions', () => {
    for (const definition of Object.values(nodeCatalogue)) {
      expect(getFunctionsForNodeType(definition.type).map((fn) => fn.name)).toEqual([...definition.functions]);
    }
    for (const fn of Object.values(functionRegistry)) expect(Number.isInteger(fn.version) && fn.version >= 1).toBe(true);
  });

  it('refuses an unknown function, another node type and invalid data', async () => {
    const signal = new AbortController().signal;
    await expect(runFunction('nope', { node: shot12A }, { signal })).rejects.toMatchObject({ code: 'unknown_function' });
    await expect(runFunction('characterSheet', { node: shot12A }, { signal })).rejects.toBeInstanceOf(FunctionInputError);
    await expect(runFunction('storyboardFrame', { node: { ...shot12A, data: { lensMm: -1 } } }, { signal })).rejects.toMatchObject({
      code: 'invalid_node_data',
    });
  });

  it('stops when the run is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(runFunction('compileShotPrompt', { node: shot12A }, { signal: controller.signal })).rejects.toThrow('cancelled');
  });

  it('runs a node with defaults only, without upstream', async () => {
    const result = await runFunction('storyboardFrame', { node: { id: 'blank', type: 'shot', data: {} } }, { signal: new AbortController().signal });
    expect(result.outputs['frame']).toMatchObject({ caption: 'MS EYE 35mm STATIC 2s' });
  });
});
