import { jsonArtifact } from '../artifacts.js';
import type { NodeFunction } from '../types.js';
import { toStyleRef } from './style-ref.js';

/**
 * Style → `styleGuide`: the normalised prefix, negative and palette on the `style` port,
 * which Scenes pass on and Shots put at the head of their prompts; also `style.json`.
 */
export const styleGuide: NodeFunction<'style'> = {
  name: 'styleGuide',
  nodeType: 'style',
  version: 1,
  description: 'Normalised prompt prefix, negative terms and palette of a look.',
  async run({ node }, { signal }) {
    signal.throwIfAborted();
    const style = toStyleRef(node.id, node.data);
    return { outputs: { style }, artifacts: [jsonArtifact('style.json', style)] };
  },
};
