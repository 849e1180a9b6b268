import { createEdgeId, type GraphEdge } from '@pc/graph';
import { sceneLocation } from '../analyze/analyze.js';
import { placeName, readHeadingPlace } from '../analyze/places.js';
import type { Draft } from './draft.js';
import { locationKey } from './locations.js';
import type { SyncedScene } from './scenes.js';

const link = (source: string, sourceHandle: string, target: string, targetHandle: string, data?: GraphEdge['data']): GraphEdge => {
  const ends = { source, sourceHandle, target, targetHandle };
  return { id: createEdgeId(ends), ...ends, ...(data ? { data } : {}) };
};

/**
 * Cast links Character → Scene: `{speaking: true}` for speakers, `{speaking: false}` for
 * characters only mentioned in UPPERCASE in action. An existing link turns speaking when
 * the script now gives the character a line, and is never removed or turned silent:
 * links the script no longer implies may be the user's.
 */
export const syncCast = (draft: Draft, scenes: readonly SyncedScene[], characterIds: ReadonlyMap<string, string>): void => {
  const byId = new Map(draft.doc.edges.map((edge, index) => [edge.id, index]));
  for (const { scene, nodeId } of scenes) {
    const cast = [...scene.speakers.map((key) => ({ key, speaking: true })), ...scene.mentioned.map((key) => ({ key, speaking: false }))];
    for (const { key, speaking } of cast) {
      const characterId = characterIds.get(key);
      if (characterId === undefined) continue;
      const edge = link(characterId, 'character', nodeId, 'characters', { speaking });
      const index = byId.get(edge.id);
      const current = index === undefined ? undefined : draft.doc.edges[index];
      if (!current) {
        draft.addEdge(edge);
        byId.set(edge.id, draft.doc.edges.length - 1);
      } else if (speaking && current.data?.speaking !== true) {
        draft.replaceEdge(index!, { ...current, data: { ...current.data, speaking: true } });
      }
    }
  }
};

/**
 * Location → Scene links. A Scene without a Location gets the one its heading names. A
 * Scene linked to the Location its old heading named follows the heading to the new one;
 * a Scene linked elsewhere keeps it (the user chose that Location).
 */
export const syncSceneLocations = (draft: Draft, scenes: readonly SyncedScene[], locationIds: ReadonlyMap<string, string>): void => {
  const locationEdge = new Map<string, number>(); // Scene id → index of its Location link
  draft.doc.edges.forEach((edge, index) => {
    if (edge.targetHandle === 'location' && !locationEdge.has(edge.target)) locationEdge.set(edge.target, index);
  });
  for (const { scene, nodeId, previousLocationName } of scenes) {
    const locationId = locationIds.get(sceneLocation(scene) ?? '');
    if (locationId === undefined) continue;
    const edge = link(locationId, 'location', nodeId, 'location');
    const index = locationEdge.get(nodeId);
    if (index === undefined) {
      draft.addEdge(edge);
      locationEdge.set(nodeId, draft.doc.edges.length - 1);
      continue;
    }
    const current = draft.doc.edges[index]!;
    if (current.source === locationId) continue;
    const linked = draft.getNode(current.source);
    const followsHeading =
      previousLocationName !== null && linked?.type === 'location' && locationKey(String(linked.data['name'] ?? '')) === locationKey(placeName(readHeadingPlace(previousLocationName, '').set));
    if (followsHeading) draft.replaceEdge(index, edge);
  }
};
