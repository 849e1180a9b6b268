import { normalizeNodeData, type CharacterFields, type PropFields, type SceneFields } from '@pc/graph';
import { toPropRef, type PropRef } from '../prop/prop-ref.js';
import { canonicalName } from '../character/identity-block.js';
import type { LocationRef } from '../location/location-ref.js';
import type { StyleRef } from '../style/style-ref.js';
import type { UpstreamNode } from '../types.js';
import { readLinkedLocation, readLinkedStyle, readSceneSettings } from '../settings-context.js';

/** A character in frame, read from the Shot's `characters` input. */
export interface FramedCharacter {
  nodeId: string;
  fields: CharacterFields;
  name: string;
}

/** What a Shot's functions read from upstream: its Scene (if connected), who is in frame, where, and the look. */
export interface ShotContext {
  scene: { nodeId: string; fields: SceneFields } | null;
  characters: FramedCharacter[];
  /** The Shot's own Location (an override), else its Scene's, else null (the Scene's locationName is used). */
  location: LocationRef | null;
  /** The Shot's own Style, else its Scene's, else null. */
  style: StyleRef | null;
  /** Props in frame, by name then id. */
  props: PropRef[];
}

const read = <T>(node: UpstreamNode): T | null => {
  const normalized = normalizeNodeData(node.type, node.data);
  return normalized.ok ? (normalized.data as T) : null;
};

const byNameThenId = (a: FramedCharacter, b: FramedCharacter): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0;

/**
 * Reads a Shot's upstream. Characters are sorted by name, then id, so the prompt and the
 * frame do not depend on the order edges were drawn; duplicates (two edges from one
 * node) count once.
 */
export const readShotContext = (upstream: Record<string, UpstreamNode[]>): ShotContext => {
  const sceneNode = (upstream['scene'] ?? []).find((node) => node.type === 'scene');
  const sceneFields = sceneNode ? read<SceneFields>(sceneNode) : null;
  const seen = new Set<string>();
  const characters: FramedCharacter[] = [];
  for (const node of upstream['characters'] ?? []) {
    if (node.type !== 'character' || seen.has(node.nodeId)) continue;
    const fields = read<CharacterFields>(node);
    if (!fields) continue;
    seen.add(node.nodeId);
    characters.push({ nodeId: node.nodeId, fields, name: canonicalName(fields.name) });
  }
  const sceneSettings = readSceneSettings(sceneNode);
  const props = new Map<string, PropRef>();
  for (const node of upstream['props'] ?? []) {
    const fields = node.type === 'prop' && !props.has(node.nodeId) ? read<PropFields>(node) : null;
    if (fields) props.set(node.nodeId, toPropRef(node.nodeId, fields));
  }
  return {
    scene: sceneNode && sceneFields ? { nodeId: sceneNode.nodeId, fields: sceneFields } : null,
    characters: characters.sort(byNameThenId),
    location: readLinkedLocation(upstream) ?? sceneSettings.location,
    style: readLinkedStyle(upstream) ?? sceneSettings.style,
    props: [...props.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.nodeId < b.nodeId ? -1 : 1)),
  };
};
