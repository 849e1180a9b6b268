import type { GraphNode } from '@pc/graph';
import type { ScriptScene } from '../analyze/types.js';
import { ID_PREFIX, isImportedSceneId, stableNodeId } from './ids.js';

const orderOf = (node: GraphNode): number => (typeof node.data['order'] === 'number' ? node.data['order'] : 0);
const similar = (scene: ScriptScene, node: GraphNode): boolean =>
  (scene.scriptText.trim() !== '' && node.data['scriptText'] === scene.scriptText) || node.data['locationName'] === scene.locationName;
const numberOf = (node: GraphNode): string => (typeof node.data['sceneNumber'] === 'string' ? node.data['sceneNumber'] : '');

/**
 * Pairs the script's scenes with existing Scene nodes, in three passes:
 *
 * 1. by id: the id derived from the scene's key (its `#number#`, or its heading and
 *    occurrence), so an unchanged scene finds itself wherever it moved;
 * 2. by scene number, for a scene the script numbers (`#12#` finds a Scene numbered 12,
 *    also one drawn by hand);
 * 3. in place: an unmatched scene between two matched ones takes an unmatched imported
 *    Scene between those two that has the same script text or the same location, in
 *    order. That is a heading edited in place ("INT. KITCHEN" became "INT. PANTRY", the
 *    body unchanged): the node, its Shots and notes stay. A scene rewritten both in
 *    heading and body is a new scene, and the old one is flagged.
 *
 * @returns the existing node of each scene, by the scene's index in `scenes`.
 */
export const matchScenes = (scenes: readonly ScriptScene[], existing: readonly GraphNode[]): Map<number, GraphNode> => {
  const matched = new Map<number, GraphNode>();
  const taken = new Set<string>();
  const take = (index: number, node: GraphNode) => {
    matched.set(index, node);
    taken.add(node.id);
  };
  const byId = new Map(existing.map((node) => [node.id, node]));
  scenes.forEach((scene, index) => {
    const node = byId.get(stableNodeId(ID_PREFIX.scene, scene.key));
    if (node) take(index, node);
  });
  scenes.forEach((scene, index) => {
    if (matched.has(index) || !scene.key.startsWith('#') || scene.sceneNumber === '') return;
    const node = existing.find((candidate) => !taken.has(candidate.id) && numberOf(candidate) === scene.sceneNumber);
    if (node) take(index, node);
  });

  // 3. Runs of unmatched scenes between anchors, by the anchors' existing order.
  let runStart = 0;
  for (let index = 0; index <= scenes.length; index += 1) {
    if (index < scenes.length && !matched.has(index)) continue;
    if (index > runStart) {
      const after = runStart > 0 ? orderOf(matched.get(runStart - 1)!) : -Infinity;
      const before = index < scenes.length ? orderOf(matched.get(index)!) : Infinity;
      const candidates = existing
        .filter((node) => isImportedSceneId(node.id) && !taken.has(node.id) && orderOf(node) > after && orderOf(node) < before)
        .sort((a, b) => orderOf(a) - orderOf(b) || (a.id < b.id ? -1 : 1));
      let next = 0;
      for (let offset = runStart; offset < index; offset += 1) {
        const found = candidates.findIndex((node, at) => at >= next && similar(scenes[offset]!, node));
        if (found === -1) continue;
        take(offset, candidates[found]!);
        next = found + 1;
      }
    }
    runStart = index + 1;
  }
  return matched;
};
