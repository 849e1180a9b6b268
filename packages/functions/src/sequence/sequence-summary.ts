import { z } from 'zod';
import { jsonArtifact } from '../artifacts.js';
import { collapse, formatClock } from '../format.js';
import { readScenes } from '../reports/scene-reports.js';
import { formatEighths } from '../scene/timing.js';
import type { NodeFunction } from '../types.js';

/** The Sequence output: its scenes in story order with page count, runtime and cast. */
export const sequenceRefSchema = z.object({
  nodeId: z.string(),
  kind: z.string(),
  number: z.string(),
  name: z.string(),
  order: z.number(),
  synopsis: z.string(),
  scenes: z.array(z.object({ sceneId: z.string(), sceneNumber: z.string(), heading: z.string(), pageLength: z.string(), durationMs: z.number() })),
  eighths: z.number(),
  pageLength: z.string(),
  durationMs: z.number(),
  duration: z.string(),
  /** Every cast member of its scenes, by name. */
  cast: z.array(z.string()),
});
export type SequenceRef = z.infer<typeof sequenceRefSchema>;

/** Sequence → `sequenceSummary`: its scenes ordered, pages and runtime summed, cast gathered. */
export const sequenceSummary: NodeFunction<'sequence'> = {
  name: 'sequenceSummary',
  nodeType: 'sequence',
  version: 1,
  description: 'The sequence’s scenes in story order with total pages, runtime and cast.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const scenes = readScenes(upstream['scenes'] ?? []);
    const eighths = scenes.reduce((sum, scene) => sum + (scene.breakdown?.eighths ?? 0), 0);
    const durationMs = scenes.reduce((sum, scene) => sum + (scene.breakdown?.durationMs ?? 0), 0);
    const sequence: SequenceRef = {
      nodeId: node.id,
      kind: node.data.kind,
      number: node.data.number,
      name: collapse(node.data.name),
      order: node.data.order,
      synopsis: collapse(node.data.synopsis),
      scenes: scenes.map((scene) => ({
        sceneId: scene.nodeId,
        sceneNumber: scene.fields.sceneNumber,
        heading: scene.breakdown?.heading ?? scene.heading,
        pageLength: scene.breakdown?.pageLength ?? '',
        durationMs: scene.breakdown?.durationMs ?? 0,
      })),
      eighths,
      pageLength: formatEighths(eighths),
      durationMs,
      duration: formatClock(durationMs),
      cast: [...new Set(scenes.flatMap((scene) => (scene.breakdown?.cast ?? []).map((member) => member.name)))].sort(),
    };
    return { outputs: { sequence }, artifacts: [jsonArtifact('sequence.json', sequence)] };
  },
};
