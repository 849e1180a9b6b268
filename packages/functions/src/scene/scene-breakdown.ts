import { parseFountain } from '@pc/fountain';
import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { collapse, formatClock } from '../format.js';
import type { JsonValue, NodeFunction } from '../types.js';
import { renderBreakdownMarkdown } from './breakdown-markdown.js';
import { buildCast, type CastMember } from './cast.js';
import { readDialogueLines, type DialogueLine } from './dialogue.js';
import { formatSceneHeading } from './heading.js';
import { formatEighths, measureScene } from './timing.js';
import { readLinkedLocation, readLinkedStyle } from '../settings-context.js';

/** A scene's breakdown: what the sheet shows and what reports aggregate. */
export interface SceneBreakdown {
  [key: string]: JsonValue;
  sceneNumber: string;
  heading: string;
  storyDay: number | null;
  synopsis: string;
  transitionOut: string;
  /** "1 4/8" */
  pageLength: string;
  eighths: number;
  /** "1:05" */
  duration: string;
  durationMs: number;
  dialogue: DialogueLine[];
  cast: CastMember[];
}

/**
 * Scene → `sceneBreakdown`: heading, dialogue lines parsed from the script, page length
 * in eighths, estimated duration, cast (linked characters and speakers, flagged when
 * they disagree), and the breakdown sheet as JSON and Markdown. The `scene` output also
 * carries the linked Location and Style, for the Scene's Shots.
 */
export const sceneBreakdown: NodeFunction<'scene'> = {
  name: 'sceneBreakdown',
  nodeType: 'scene',
  version: 2,
  description: 'Heading, dialogue, page eighths, estimated duration, cast check and breakdown sheet.',
  async run({ node, upstream }, { signal }) {
    const scene = node.data;
    // 1. Parse the script; 2. read dialogue; 3. measure; 4. match the cast.
    const { elements } = parseFountain(scene.scriptText);
    const dialogue = readDialogueLines(elements);
    const transitionOut = collapse(scene.transitionOut);
    const timing = measureScene(elements, transitionOut !== '');
    const cast = buildCast(upstream['characters'] ?? [], elements, dialogue);
    const location = readLinkedLocation(upstream);
    const style = readLinkedStyle(upstream);
    signal.throwIfAborted();

    const breakdown: SceneBreakdown = {
      sceneNumber: scene.sceneNumber,
      heading: formatSceneHeading(scene),
      storyDay: scene.storyDay,
      synopsis: scene.synopsis.trim(),
      transitionOut,
      pageLength: formatEighths(timing.eighths),
      eighths: timing.eighths,
      duration: formatClock(timing.durationMs),
      durationMs: timing.durationMs,
      dialogue,
      cast,
    };
    return {
      outputs: {
        scene: {
          nodeId: node.id,
          sceneNumber: scene.sceneNumber,
          heading: breakdown.heading,
          // Passed on so a Shot can use its Scene's Location and Style (only when linked).
          ...(location ? { location } : {}),
          ...(style ? { style } : {}),
        },
        breakdown,
      },
      artifacts: [jsonArtifact('breakdown.json', breakdown), markdownArtifact('breakdown.md', renderBreakdownMarkdown(breakdown))],
    };
  },
};
