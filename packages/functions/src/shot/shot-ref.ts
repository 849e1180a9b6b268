import { normalizeNodeData, type DialogueFields, type PropFields } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { z } from 'zod';
import { jsonArtifact } from '../artifacts.js';
import { collapse } from '../format.js';
import { toPropRef } from '../prop/prop-ref.js';
import { formatSceneHeading } from '../scene/heading.js';
import type { NodeFunction, UpstreamNode } from '../types.js';
import { getShotDuration } from './duration.js';
import { readShotContext } from './shot-context.js';

/**
 * A Shot as lists, timelines and checks read it: numbers, camera, timing, who and what is
 * in frame, and its Scene. The Shot List, Timeline and Continuity Check read this.
 */
export const shotRefSchema = z.object({
  nodeId: z.string(),
  shotNumber: z.string(),
  order: z.number(),
  scene: z.object({ nodeId: z.string(), sceneNumber: z.string(), order: z.number(), heading: z.string(), storyDay: z.number().nullable() }).nullable(),
  shotSize: z.string(),
  shotType: z.string(),
  angle: z.string(),
  movement: z.string(),
  lensMm: z.number(),
  aspect: z.string(),
  durationS: z.number(),
  durationSource: z.enum(['shot', 'derived']),
  screenDirection: z.string(),
  description: z.string(),
  action: z.string(),
  status: z.string(),
  /** Characters in frame, sorted by name then id. */
  cast: z.array(z.object({ characterId: z.string(), name: z.string(), aliases: z.array(z.string()) })),
  /** Props in frame, by name. */
  props: z.array(z.object({ propId: z.string(), name: z.string() })),
  /** Lines this shot covers, in their order. */
  dialogue: z.array(z.object({ speaker: z.string(), text: z.string() })),
});
export type ShotRef = z.infer<typeof shotRefSchema>;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const readProps = (nodes: readonly UpstreamNode[]): ShotRef['props'] =>
  nodes
    .flatMap((node) => {
      const normalized = node.type === 'prop' ? normalizeNodeData('prop', node.data) : null;
      return normalized?.ok ? [{ propId: node.nodeId, name: toPropRef(node.nodeId, normalized.data as PropFields).name }] : [];
    })
    .filter((prop, index, all) => all.findIndex((other) => other.propId === prop.propId) === index)
    .sort((a, b) => byText(a.name, b.name) || byText(a.propId, b.propId));

/** A Dialogue node's line: its `line` output when it ran, else its own fields. */
const readDialogue = (nodes: readonly UpstreamNode[]): ShotRef['dialogue'] =>
  nodes
    .flatMap((node) => {
      const normalized = node.type === 'dialogue' ? normalizeNodeData('dialogue', node.data) : null;
      if (!normalized?.ok) return [];
      const fields = normalized.data as DialogueFields;
      const line = node.outputs['line'] as { speaker?: unknown } | undefined;
      const speaker = typeof line?.speaker === 'string' ? line.speaker : '';
      return [{ order: fields.order, id: node.nodeId, speaker, text: collapse(stripEmphasis(fields.text)) }];
    })
    .sort((a, b) => a.order - b.order || byText(a.id, b.id))
    .map(({ speaker, text }) => ({ speaker, text }));

/** Shot → `shotRef`: the Shot as lists, timelines and checks read it, on its `shot` port. */
export const shotRef: NodeFunction<'shot'> = {
  name: 'shotRef',
  nodeType: 'shot',
  // v2: a Japanese or Chinese action counts a word for each two characters in the derived duration.
  // v3: a Shot with no length or action of its own is timed from its Scene: a master the whole scene, a single or OTS its speakers' lines.
  version: 3,
  description: 'The shot with its scene, camera, timing, cast, props and dialogue, for lists, timelines and checks.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const context = readShotContext(upstream);
    const duration = getShotDuration(node.data, context);
    const scene = context.scene;
    const shot: ShotRef = {
      nodeId: node.id,
      shotNumber: node.data.shotNumber,
      order: node.data.order,
      scene: scene
        ? {
            nodeId: scene.nodeId,
            sceneNumber: scene.fields.sceneNumber,
            order: scene.fields.order,
            heading: formatSceneHeading(scene.fields),
            storyDay: scene.fields.storyDay,
          }
        : null,
      shotSize: node.data.shotSize,
      shotType: node.data.shotType,
      angle: node.data.angle,
      movement: node.data.movement,
      lensMm: node.data.lensMm,
      aspect: node.data.aspect,
      durationS: duration.seconds,
      durationSource: duration.source,
      screenDirection: node.data.screenDirection,
      description: collapse(stripEmphasis(node.data.description)),
      action: collapse(stripEmphasis(node.data.action)),
      status: node.data.status,
      cast: context.characters.map((character) => ({
        characterId: character.nodeId,
        name: character.name,
        aliases: character.fields.aliases.map((alias) => collapse(alias).toUpperCase()),
      })),
      props: readProps(upstream['props'] ?? []),
      dialogue: readDialogue(upstream['dialogue'] ?? []),
    };
    return { outputs: { shot }, artifacts: [jsonArtifact('shot.json', shot)] };
  },
};
