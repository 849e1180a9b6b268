import { jsonArtifact } from '../artifacts.js';
import type { NodeFunction } from '../types.js';
import { toPropRef } from './prop-ref.js';

/** Prop → `propSheet`: its breakdown entry on the `prop` port and as `prop.json`. */
export const propSheet: NodeFunction<'prop'> = {
  name: 'propSheet',
  nodeType: 'prop',
  version: 1,
  description: 'The prop’s breakdown entry: name, category, importance, who wears or carries it.',
  async run({ node }, { signal }) {
    signal.throwIfAborted();
    const prop = toPropRef(node.id, node.data);
    return { outputs: { prop }, artifacts: [jsonArtifact('prop.json', prop)] };
  },
};
