import { normalizeNodeData, type LocationFields, type StyleFields } from '@pc/graph';
import { locationRefSchema, toLocationRef, type LocationRef } from './location/location-ref.js';
import { styleRefSchema, toStyleRef, type StyleRef } from './style/style-ref.js';
import type { UpstreamNode } from './types.js';

const first = (upstream: Record<string, UpstreamNode[]>, port: string, type: string): UpstreamNode | undefined =>
  (upstream[port] ?? []).find((node) => node.type === type);

/** The Location linked to a Scene's or Shot's `location` input, normalised, or null. */
export const readLinkedLocation = (upstream: Record<string, UpstreamNode[]>): LocationRef | null => {
  const node = first(upstream, 'location', 'location');
  const normalized = node ? normalizeNodeData('location', node.data) : null;
  return node && normalized?.ok ? toLocationRef(node.nodeId, normalized.data as LocationFields) : null;
};

/** The Style linked to a Scene's or Shot's `style` input, normalised, or null. */
export const readLinkedStyle = (upstream: Record<string, UpstreamNode[]>): StyleRef | null => {
  const node = first(upstream, 'style', 'style');
  const normalized = node ? normalizeNodeData('style', node.data) : null;
  return node && normalized?.ok ? toStyleRef(node.nodeId, normalized.data as StyleFields) : null;
};

/**
 * What a Scene passed on in its `scene` output (`sceneBreakdown`): the Location and Style
 * linked to it. Empty when the Scene has not run or links neither.
 */
export const readSceneSettings = (scene: UpstreamNode | undefined): { location: LocationRef | null; style: StyleRef | null } => {
  const ref = scene?.outputs['scene'];
  const record = typeof ref === 'object' && ref !== null ? (ref as Record<string, unknown>) : {};
  const location = locationRefSchema.safeParse(record['location']);
  const style = styleRefSchema.safeParse(record['style']);
  return {
    location: location.success ? (location.data as LocationRef) : null,
    style: style.success ? (style.data as StyleRef) : null,
  };
};
