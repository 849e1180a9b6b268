import { canonicalCharacterName, normalizeNodeData, type CharacterFields, type SceneFields } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { z } from 'zod';
import { jsonArtifact } from '../artifacts.js';
import { collapse, countWords } from '../format.js';
import { TIMING } from '../scene/timing.js';
import type { NodeFunction, UpstreamNode } from '../types.js';

/** One speech as shots, timelines and reports read it. */
export const dialogueLineSchema = z.object({
  nodeId: z.string(),
  speaker: z.string(),
  speakerId: z.string().nullable(),
  sceneId: z.string().nullable(),
  sceneNumber: z.string(),
  order: z.number(),
  extension: z.string(),
  parenthetical: z.string(),
  text: z.string(),
  words: z.number(),
  /** Storyboarder's rate: 300 ms a word + 1000 ms. */
  durationS: z.number(),
});
export type DialogueLineRef = z.infer<typeof dialogueLineSchema>;

const firstOf = <T>(upstream: Record<string, UpstreamNode[]>, port: string, type: string): { nodeId: string; fields: T } | null => {
  const node = (upstream[port] ?? []).find((candidate) => candidate.type === type);
  const normalized = node ? normalizeNodeData(type, node.data) : null;
  return node && normalized?.ok ? { nodeId: node.nodeId, fields: normalized.data as T } : null;
};

/** Dialogue → `dialogueLine`: the line with its speaker's canonical name, its scene, and its spoken length. */
export const dialogueLine: NodeFunction<'dialogue'> = {
  name: 'dialogueLine',
  nodeType: 'dialogue',
  // v2: Japanese and Chinese, written without spaces, count a word for each two characters (a line was one word).
  version: 2,
  description: 'The line with its speaker and scene, and how long it takes to say.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const speaker = firstOf<CharacterFields>(upstream, 'speaker', 'character');
    const scene = firstOf<SceneFields>(upstream, 'scene', 'scene');
    const text = collapse(stripEmphasis(node.data.text));
    const words = countWords(text) + countWords(node.data.parenthetical);
    const ms = text === '' ? 0 : TIMING.dialogueMsPerWord * words + TIMING.dialogueMs;
    const line: DialogueLineRef = {
      nodeId: node.id,
      speaker: speaker ? canonicalCharacterName(speaker.fields.name) : '',
      speakerId: speaker?.nodeId ?? null,
      sceneId: scene?.nodeId ?? null,
      sceneNumber: scene?.fields.sceneNumber ?? '',
      order: node.data.order,
      extension: node.data.extension,
      parenthetical: collapse(node.data.parenthetical).replace(/^\((.*)\)$/, '$1'),
      text,
      words,
      durationS: Math.round(ms / 100) / 10,
    };
    return { outputs: { line }, artifacts: [jsonArtifact('line.json', line)] };
  },
};
