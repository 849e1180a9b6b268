import { compareProductionNumbers, describeNode, normalizeNodeData, type SceneFields } from '@pc/graph';
import { z } from 'zod';
import { formatSceneHeading } from '../scene/heading.js';
import type { UpstreamNode } from '../types.js';

/** A montage as reports carry it: `MONTAGE`, `SERIES OF SHOTS` or `QUICK CUTS`, its title and its beats. */
export const montageSchema = z.object({ kind: z.string(), title: z.string(), beats: z.array(z.string()) });

/** The parts of a Scene's `breakdown` output (`sceneBreakdown` v3) that reports read. */
export const sceneBreakdownOutputSchema = z.object({
  heading: z.string(),
  pageLength: z.string(),
  eighths: z.number(),
  durationMs: z.number(),
  cast: z.array(z.object({ name: z.string(), characterId: z.string().nullable(), linked: z.boolean(), speaks: z.boolean() })),
  elements: z.record(z.string(), z.array(z.object({ propId: z.string(), name: z.string(), importance: z.string(), character: z.string() }))).default({}),
  /** v13 on; an older breakdown has none. */
  extras: z.array(z.object({ name: z.string(), count: z.number().nullable() })).default([]),
  /** v19 on: each montage or series of shots in the scene, its beats a setup each. */
  montages: z.array(montageSchema).default([]),
});
export type SceneBreakdownOutput = z.infer<typeof sceneBreakdownOutputSchema>;

/** A Scene wired into a report: its fields, how messages name it, and its breakdown when it ran. */
export interface SceneInput {
  nodeId: string;
  label: string;
  fields: SceneFields;
  heading: string;
  breakdown: SceneBreakdownOutput | null;
}

/** The Scenes wired into a port, each once, in story order (Order, then scene number, then id). */
export const readScenes = (nodes: readonly UpstreamNode[]): SceneInput[] => {
  const scenes = new Map<string, SceneInput>();
  for (const node of nodes) {
    if (node.type !== 'scene' || scenes.has(node.nodeId)) continue;
    const normalized = normalizeNodeData('scene', node.data);
    if (!normalized.ok) continue;
    const fields = normalized.data as SceneFields;
    const parsed = sceneBreakdownOutputSchema.safeParse(node.outputs['breakdown']);
    scenes.set(node.nodeId, {
      nodeId: node.nodeId,
      label: describeNode({ id: node.nodeId, type: 'scene', position: { x: 0, y: 0 }, data: fields }),
      fields,
      heading: formatSceneHeading(fields),
      breakdown: parsed.success ? parsed.data : null,
    });
  }
  return [...scenes.values()].sort(
    (a, b) =>
      a.fields.order - b.fields.order ||
      compareProductionNumbers(a.fields.sceneNumber, b.fields.sceneNumber) ||
      (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0),
  );
};
