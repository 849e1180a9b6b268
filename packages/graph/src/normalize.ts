import type { z } from 'zod';
import { getNodeType } from './catalogue/index.js';

/** The outcome of {@link normalizeNodeData}. */
export type NormalizedNodeData =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issues: z.core.$ZodIssue[] };

/**
 * A node's data checked against its type and completed with the catalogue's defaults.
 *
 * @param type - a node type name; an unknown type yields one `custom` issue at the root.
 * @param data - the stored data, possibly partial.
 * @example
 * normalizeNodeData('shot', { lensMm: 50 }) // { ok: true, data: { lensMm: 50, shotSize: 'MS', … } }
 */
export const normalizeNodeData = (type: string, data: unknown): NormalizedNodeData => {
  const definition = getNodeType(type);
  if (!definition) {
    return { ok: false, issues: [{ code: 'custom', path: [], message: `Unknown node type “${type}”`, input: type }] };
  }
  const parsed = definition.fields.safeParse(data);
  return parsed.success
    ? { ok: true, data: parsed.data as Record<string, unknown> }
    : { ok: false, issues: parsed.error.issues };
};
