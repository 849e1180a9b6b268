import { memo, type ReactElement } from 'react';
import type { RunNodeOutputs } from '../../api/types.js';
import { formatRunTime } from '../../ui/format.js';
import { useRuns } from '../store/react.js';
import { firstLine, readCharacterOutputs, readSceneOutputs, readShotOutputs, sceneLengthLine } from './outputs.js';
import { selectNodeRun } from './run-store.js';

/**
 * What a node produced in the run shown, on its card: a Shot's storyboard frame and the
 * first line of its prompt, a Scene's heading and length, a Character's identity block; for a
 * node that failed, the first sentence of why (in full on hover and in the panel's Results),
 * and under it, dimmed and dated, what its last successful run made: a failed retry must not
 * take the frame and prompt a person already had off the card.
 * Subscribed to that node's run state only. The full outputs are in the properties panel.
 * Its height is capped (runs.css): the import's layout leaves that much room under each card
 * (packages/screenplay's GROWN_HEIGHT), and a card laid out by hand closer than that comes to
 * the front under the pointer or the focus, so a neighbour never stays hidden.
 */
export const NodeRunOutput = memo(({ nodeId, type }: { nodeId: string; type: string }) => {
  const node = useRuns(selectNodeRun(nodeId));
  if (node?.status === 'failed' && node.error)
    return (
      <div className="node-run-output node-run-output--failed" data-testid="node-run-output">
        <p className="node-run-output__error" title={node.error.message} data-testid="node-run-error">
          {firstLine(node.error.message)}
        </p>
        {node.earlier && (
          <div className="node-run-output__earlier" data-testid="node-run-earlier">
            <p className="node-run-output__earlier-label">From the run of {formatRunTime(node.earlier.runCreatedAt)}</p>
            {outputSummary(type, node.earlier.outputs)}
          </div>
        )}
      </div>
    );
  if (!node?.outputs) return null;
  const summary = outputSummary(type, node.outputs);
  return summary && <div className={`node-run-output node-run-output--${type}`} data-testid="node-run-output">{summary}</div>;
});
NodeRunOutput.displayName = 'NodeRunOutput';

/** A node's outputs in brief, by its type; null when there is nothing to show. */
const outputSummary = (type: string, outputs: RunNodeOutputs): ReactElement | null => {
  switch (type) {
    case 'shot': {
      const shot = readShotOutputs(outputs);
      if (!shot) return null;
      const aspect = shot.frame ? `${shot.frame.width} / ${shot.frame.height}` : '1024 / 538';
      return (
        <>
          {shot.frameArtifact && (
            <img
              className="node-run-output__frame"
              src={shot.frameArtifact.url}
              alt={shot.frame?.caption ?? 'Storyboard frame'}
              loading="lazy"
              decoding="async"
              draggable={false}
              style={{ aspectRatio: aspect }}
              data-testid="node-run-frame"
            />
          )}
          {shot.prompt && (
            <p className="node-run-output__line" title={shot.prompt.positive}>
              {firstLine(shot.prompt.positive)}
            </p>
          )}
        </>
      );
    }
    case 'scene': {
      const scene = readSceneOutputs(outputs);
      if (!scene) return null;
      const length = sceneLengthLine(scene);
      return (
        <>
          {scene.heading && <p className="node-run-output__heading">{scene.heading}</p>}
          {length && <p className="node-run-output__meta">{length}</p>}
        </>
      );
    }
    case 'character': {
      const character = readCharacterOutputs(outputs);
      if (!character) return null;
      const sheet = `Sheet: ${character.views.length} view${character.views.length === 1 ? '' : 's'}${character.turnaround ? ' · turnaround' : ''}`;
      return (
        <>
          {/* Without one the card stays quiet: the panel's Results say once how to get one. */}
          {character.identityBlock && (
            <p className="node-run-output__excerpt" title={character.identityBlock}>
              {character.identityBlock}
            </p>
          )}
          <p className="node-run-output__meta">{sheet}</p>
        </>
      );
    }
    default:
      return null;
  }
};
