import { pngArtifact, svgArtifact } from '../artifacts.js';
import { formatCaption } from '../frame/caption.js';
import { renderFrame } from '../frame/render-frame.js';
import type { Artifact, NodeFunction } from '../types.js';
import { getShotDuration } from './duration.js';
import { readShotContext } from './shot-context.js';

/**
 * Shot → `storyboardFrame`: a placeholder storyboard frame as SVG (and PNG when the
 * engine gives a renderer), and the `frame` output describing it.
 */
export const storyboardFrame: NodeFunction<'shot'> = {
  name: 'storyboardFrame',
  nodeType: 'shot',
  version: 1,
  description: 'Placeholder storyboard frame: guides, horizon, silhouettes, movement arrows and caption.',
  async run({ node, upstream }, { signal, renderPng, onProgress }) {
    // 1. Read the scene and the cast in frame; 2. time the shot; 3. draw; 4. rasterise.
    onProgress?.(0, 'Drawing frame');
    const context = readShotContext(upstream);
    const names = context.characters.map((character) => character.name);
    const duration = getShotDuration(node.data);
    const caption = formatCaption(node.data, context.scene?.fields.sceneNumber ?? '', duration.seconds, names);
    const drawing = renderFrame(node.data, names, caption);
    signal.throwIfAborted();
    const artifacts: Artifact[] = [svgArtifact('frame.svg', drawing.svg)];
    if (renderPng) {
      onProgress?.(0.5, 'Rendering PNG');
      artifacts.push(pngArtifact('frame.png', await renderPng(drawing.svg)));
    }
    signal.throwIfAborted();
    onProgress?.(1, 'Frame ready');
    return {
      outputs: {
        frame: {
          artifact: 'frame.svg',
          mediaType: 'image/svg+xml',
          width: drawing.width,
          height: drawing.height,
          frameWidth: drawing.frameWidth,
          frameHeight: drawing.frameHeight,
          aspect: node.data.aspect,
          caption,
          durationS: duration.seconds,
          durationSource: duration.source,
        },
      },
      artifacts,
    };
  },
};
