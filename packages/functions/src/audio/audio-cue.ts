import { audioKinds } from '@pc/graph';
import { z } from 'zod';
import { jsonArtifact } from '../artifacts.js';
import { collapse } from '../format.js';
import type { NodeFunction } from '../types.js';

/** A sound cue as the Timeline places it. */
export const audioRefSchema = z.object({
  nodeId: z.string(),
  kind: z.enum(audioKinds),
  cue: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.string(),
  /** null: until the end of the shot it starts on. */
  durationS: z.number().nullable(),
  startOffsetS: z.number(),
  /** The Shot it starts on, or null for the start of the timeline. */
  shotId: z.string().nullable(),
});
export type AudioRef = z.infer<typeof audioRefSchema>;

/** Audio → `audioCue`: the cue, where it starts (a shot and an offset) and how long it runs. */
export const audioCue: NodeFunction<'audio'> = {
  name: 'audioCue',
  nodeType: 'audio',
  version: 1,
  description: 'The sound cue with its start (shot and offset) and duration, for the timeline.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const shot = (upstream['shot'] ?? []).find((candidate) => candidate.type === 'shot');
    const audio: AudioRef = {
      nodeId: node.id,
      kind: node.data.kind,
      cue: node.data.cue,
      name: collapse(node.data.name),
      description: collapse(node.data.description),
      source: collapse(node.data.source),
      durationS: node.data.durationS,
      startOffsetS: node.data.startOffsetS,
      shotId: shot?.nodeId ?? null,
    };
    return { outputs: { audio }, artifacts: [jsonArtifact('audio.json', audio)] };
  },
};
