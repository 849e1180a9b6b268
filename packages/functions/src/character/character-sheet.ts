import { jsonArtifact, markdownArtifact, pngArtifact, svgArtifact } from '../artifacts.js';
import type { NodeFunction } from '../types.js';
import { buildCharacterBible } from './bible.js';
import { renderBibleMarkdown } from './bible-markdown.js';
import { renderTurnaroundSvg } from './turnaround-svg.js';
import { buildViewPrompts } from './views.js';

/**
 * Character → `characterSheet`: the normalised bible (JSON and Markdown), the identity
 * prompt per view with its seed, and the turnaround card (SVG, and PNG when the engine
 * gives a renderer). The `character` output is the CharacterRef downstream nodes read.
 */
export const characterSheet: NodeFunction<'character'> = {
  name: 'characterSheet',
  nodeType: 'character',
  version: 1,
  description: 'Character bible, identity prompt per view and a turnaround layout card.',
  async run({ node }, { signal, renderPng }) {
    // 1. Normalise the bible; 2. compile the view prompts; 3. lay out the card.
    const bible = buildCharacterBible(node.id, node.data);
    const views = buildViewPrompts(node.id, node.data, bible.identityBlock);
    const svg = renderTurnaroundSvg(bible, views);
    signal.throwIfAborted();
    const artifacts = [
      jsonArtifact('bible.json', bible),
      markdownArtifact('bible.md', renderBibleMarkdown(bible, views)),
      svgArtifact('turnaround.svg', svg),
    ];
    if (renderPng) artifacts.push(pngArtifact('turnaround.png', await renderPng(svg)));
    signal.throwIfAborted();
    return {
      outputs: {
        character: { nodeId: node.id, name: bible.name, identityBlock: bible.identityBlock, negative: bible.negative },
        bible,
        views: views.map((view) => ({ ...view })),
      },
      artifacts,
    };
  },
};
