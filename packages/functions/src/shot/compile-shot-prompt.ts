import { jsonArtifact } from '../artifacts.js';
import type { NodeFunction } from '../types.js';
import { compileShotPrompt as compile } from './compile-prompt.js';
import { readShotContext } from './shot-context.js';

/**
 * Shot → `compileShotPrompt`: the CompiledPrompt on the `prompt` port and as
 * `prompt.json`. Version 2: the linked Style and Location feed the prompt; 3: so do the props in frame. Needs no Scene to run (the setting is then left out); the graph
 * validator is what insists a Shot has one.
 */
export const compileShotPrompt: NodeFunction<'shot'> = {
  name: 'compileShotPrompt',
  nodeType: 'shot',
  version: 3,
  description: 'Compiles the shot, its scene and the characters in frame into a deterministic prompt.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const prompt = compile(node.id, node.data, readShotContext(upstream));
    return { outputs: { prompt }, artifacts: [jsonArtifact('prompt.json', prompt)] };
  },
};
