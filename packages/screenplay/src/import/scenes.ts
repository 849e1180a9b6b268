import type { GraphNode } from '@pc/graph';
import type { ImportWarning, ScriptScene } from '../analyze/types.js';
import type { Draft } from './draft.js';
import { ID_PREFIX, isImportedSceneId, stableNodeId } from './ids.js';
import type { Layout } from './layout.js';

/** The tag a Scene gets when the script no longer has it; removed when it comes back. */
export const REMOVED_FROM_SCRIPT_TAG = 'removed-from-script';

/** The Scene fields the script owns: a re-import overwrites them. Everything else is the user's. */
export const scriptOwnedSceneFields = (scene: ScriptScene) => ({
  sceneNumber: scene.sceneNumber,
  order: scene.order,
  // A heading without INT./EXT. (`.THE VOID`) says nothing about inside or out: blank, not INT.
  intExt: scene.hasIntExt ? scene.intExt : ('' as const),
  locationName: scene.locationName,
  timeOfDay: scene.timeOfDay,
  synopsis: scene.synopsis,
  scriptText: scene.scriptText,
  transitionOut: scene.transitionOut,
});

const tagsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : []);

/** Tags a node the script dropped with {@link REMOVED_FROM_SCRIPT_TAG}, or untags one it has again; other tags stay. */
export const markRemovedFromScript = (draft: Draft, node: GraphNode, removed: boolean): void => {
  const tags = tagsOf(node.data['tags']);
  if (removed && !tags.includes(REMOVED_FROM_SCRIPT_TAG)) draft.updateNode(node, { tags: [...tags, REMOVED_FROM_SCRIPT_TAG].slice(-100) });
  if (!removed && tags.includes(REMOVED_FROM_SCRIPT_TAG)) draft.updateNode(node, { tags: tags.filter((tag) => tag !== REMOVED_FROM_SCRIPT_TAG) });
};

/** A Scene node of the draft paired with its scene, and the location name it had before. */
export interface SyncedScene {
  scene: ScriptScene;
  nodeId: string;
  previousLocationName: string | null;
}

/**
 * Updates matched Scenes' script-owned fields (`matched`, by scene index: match-scenes.ts), creates the new ones, and tags imported
 * Scenes the script dropped with {@link REMOVED_FROM_SCRIPT_TAG} (with a warning) instead
 * of deleting them: their Shots and notes are work.
 */
export const syncScenes = (
  draft: Draft,
  scenes: readonly ScriptScene[],
  matched: ReadonlyMap<number, GraphNode>,
  layout: Layout,
  { update, warnings }: { update: boolean; warnings: ImportWarning[] },
): SyncedScene[] => {
  const existing = draft.nodesOfType('scene');
  const synced: SyncedScene[] = [];
  let added = 0;
  scenes.forEach((scene, index) => {
    const node = matched.get(index);
    if (node) {
      const previous = typeof node.data['locationName'] === 'string' ? node.data['locationName'] : '';
      if (update) {
        draft.updateNode(node, scriptOwnedSceneFields(scene));
        markRemovedFromScript(draft, node, false);
      }
      synced.push({ scene, nodeId: node.id, previousLocationName: previous });
      return;
    }
    const id = draft.freeId(stableNodeId(ID_PREFIX.scene, scene.key));
    const created = draft.addNode('scene', id, layout.scene(added), scriptOwnedSceneFields(scene));
    added += 1;
    if (created) synced.push({ scene, nodeId: created.id, previousLocationName: null });
  });

  if (!update) return synced;
  const kept = new Set(synced.map((entry) => entry.nodeId));
  for (const node of existing) {
    if (kept.has(node.id) || !isImportedSceneId(node.id)) continue;
    const label = typeof node.data['sceneNumber'] === 'string' && node.data['sceneNumber'] !== '' ? `Scene ${node.data['sceneNumber']}` : `Scene at ${String(node.data['locationName'] ?? '')}`;
    warnings.push({ code: 'scene_removed_from_script', message: `${label} is no longer in the script; it is kept and tagged “${REMOVED_FROM_SCRIPT_TAG}”.` });
    draft.changes.flaggedScenes.push(node.id);
    markRemovedFromScript(draft, node, true);
  }
  return synced;
};
