import { createEdgeId, FIELD_LIMITS, shotLetters, shotNumberPattern, type GraphEdge } from '@pc/graph';
import { truncate } from '../analyze/text.js';
import type { Draft } from './draft.js';
import { ID_PREFIX, stableNodeId } from './ids.js';
import type { Layout } from './layout.js';
import type { SyncedScene } from './scenes.js';

const link = (source: string, sourceHandle: string, target: string, targetHandle: string): GraphEdge => {
  const ends = { source, sourceHandle, target, targetHandle };
  return { id: createEdgeId(ends), ...ends };
};

/**
 * A Shot node per shot line of a shooting script (`CLOSE ON MARIA`, a Final Draft `Shot`),
 * wired to its Scene and to the cast characters the line names: numbered from the scene
 * (12A, 12B …, no I or O, skipping a number a Shot already has), sized and typed by the line's camera words, its action what
 * happens under the line. The id derives from the scene's key and the shot's place in it,
 * so a re-import finds the same Shot: it updates the line's description and action (the
 * script's) and keeps everything the user set — size, lens, frames, characters, wiring.
 */
export const syncShots = (
  draft: Draft,
  scenes: readonly SyncedScene[],
  characterIds: ReadonlyMap<string, string>,
  layout: Layout,
  { update }: { update: boolean },
): void => {
  const taken = new Set(draft.nodesOfType('shot').map((node) => String(node.data['shotNumber'] ?? '')));
  for (const { scene, nodeId: sceneId } of scenes) {
    let letter = 0;
    // The next free number of the scene: a Shot the user numbered 12A keeps 12A.
    const nextNumber = (): string => {
      if (scene.sceneNumber === '') return '';
      while (taken.has(`${scene.sceneNumber}${shotLetters(letter)}`)) letter += 1;
      const number = `${scene.sceneNumber}${shotLetters(letter)}`;
      // 12ABC + A is past a shot number's three letters, 12I + A has an I: unnumbered, not an invalid Shot.
      if (!shotNumberPattern.test(number)) return '';
      taken.add(number);
      return number;
    };
    const scenePosition = draft.getNode(sceneId)?.position ?? { x: 0, y: 0 };
    const cast = new Set([...scene.speakers, ...scene.mentioned]);
    scene.shots.forEach((shot, index) => {
      const id = stableNodeId(ID_PREFIX.shot, `${scene.key}/${index + 1}`);
      const script = { description: truncate(shot.text, FIELD_LIMITS.mediumText), action: truncate(shot.action, FIELD_LIMITS.longText) };
      const existing = draft.getNode(id);
      if (existing?.type === 'shot') {
        if (update) draft.updateNode(existing, script);
        return;
      }
      if (existing) return;
      const created = draft.addNode('shot', id, layout.shot(scenePosition.x), {
        ...script,
        name: truncate(shot.text, FIELD_LIMITS.shortText),
        shotNumber: nextNumber(),
        order: index + 1,
        ...shot.camera,
      });
      if (!created) return;
      draft.addEdge(link(sceneId, 'scene', id, 'scene'));
      for (const key of shot.characters) {
        const characterId = characterIds.get(key);
        // A Shot shows only characters cast in its Scene: anyone else would be a validation error.
        if (characterId !== undefined && cast.has(key)) draft.addEdge(link(characterId, 'character', id, 'characters'));
      }
    });
  }
};
