import { createEdgeId, FIELD_LIMITS, shotLetters, shotNumberPattern, type GraphEdge, type GraphNode } from '@pc/graph';
import { truncate } from '../analyze/text.js';
import type { Draft } from './draft.js';
import { ID_PREFIX, stableNodeId } from './ids.js';
import type { Layout } from './layout.js';
import { matchShots, type KnownShot } from './match-shots.js';
import { markRemovedFromScript, type SyncedScene } from './scenes.js';

const link = (source: string, sourceHandle: string, target: string, targetHandle: string): GraphEdge => {
  const ends = { source, sourceHandle, target, targetHandle };
  return { id: createEdgeId(ends), ...ends };
};

/**
 * A Shot node per shot line of a shooting script (`CLOSE ON MARIA`, a Final Draft `Shot`),
 * wired to its Scene and to the cast characters the line names: numbered from the scene
 * (12A, 12B …, no I or O, skipping a number a Shot already has), sized and typed by the line's camera words, its action what
 * happens under the line. A re-import finds each line's Shot by the line itself
 * ({@link matchShots}), not by its place, and updates what the script owns — description,
 * action and order — keeping everything the user set: size, lens, notes, status, wiring.
 */
export const syncShots = (
  draft: Draft,
  scenes: readonly SyncedScene[],
  characterIds: ReadonlyMap<string, string>,
  layout: Layout,
  { update }: { update: boolean },
): void => {
  const taken = new Set(draft.nodesOfType('shot').map((node) => String(node.data['shotNumber'] ?? '')));
  const claimed = new Set<string>();
  const knownBefore = knownShotsByScene(draft);
  for (const { scene, nodeId: sceneId } of scenes) {
    const known = (knownBefore.get(sceneId) ?? []).filter((shot) => !claimed.has(shot.id));
    const matched = matchShots(
      scene.shots.map((shot) => shot.text),
      known,
    );
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
      const script = { description: truncate(shot.text, FIELD_LIMITS.mediumText), action: truncate(shot.action, FIELD_LIMITS.longText), order: index + 1 };
      const existing = draft.getNode(matched.get(index) ?? '');
      if (existing) {
        claimed.add(existing.id);
        if (update) draft.updateNode(existing, script);
        return;
      }
      // On a first import this is the shot's place in its scene; a line added later takes the next free id.
      const id = draft.freeId(stableNodeId(ID_PREFIX.shot, `${scene.key}/${index + 1}`));
      const created = draft.addNode('shot', id, layout.shot(scenePosition.x), {
        ...script,
        name: truncate(shot.text, FIELD_LIMITS.shortText),
        shotNumber: nextNumber(),
        ...shot.camera,
      });
      if (!created) return;
      claimed.add(id);
      draft.addEdge(link(sceneId, 'scene', id, 'scene'));
      for (const key of shot.characters) {
        const characterId = characterIds.get(key);
        // A Shot shows only characters cast in its Scene: anyone else would be a validation error.
        if (characterId !== undefined && cast.has(key)) draft.addEdge(link(characterId, 'character', id, 'characters'));
      }
    });
    if (!update) continue;
    // A Shot whose line the draft no longer has is tagged as a cut Scene is (its lens and notes are work); untagged when the line comes back.
    const kept = new Set(matched.values());
    for (const { id } of known) {
      const node = draft.getNode(id);
      if (node) markRemovedFromScript(draft, node, !kept.has(id));
    }
  }
};

/** Each Scene's Shots made from its shot lines (`sht_` ids wired to it), in script order; one pass over the edges. */
const knownShotsByScene = (draft: Draft): Map<string, KnownShot[]> => {
  const wired = new Map<string, GraphNode[]>();
  for (const edge of draft.doc.edges) {
    if (edge.sourceHandle !== 'scene' || edge.targetHandle !== 'scene' || !edge.target.startsWith(`${ID_PREFIX.shot}_`)) continue;
    const node = draft.getNode(edge.target);
    if (node?.type !== 'shot') continue;
    const shots = wired.get(edge.source);
    if (shots) shots.push(node);
    else wired.set(edge.source, [node]);
  }
  const known = new Map<string, KnownShot[]>();
  for (const [sceneId, nodes] of wired) {
    // Array.prototype.sort is stable: Shots of one order stay in edge order.
    const ordered = [...nodes].sort((a, b) => orderOf(a.data) - orderOf(b.data));
    known.set(
      sceneId,
      ordered.map((node) => ({ id: node.id, text: typeof node.data['description'] === 'string' ? node.data['description'] : '' })),
    );
  }
  return known;
};

const orderOf = (data: Record<string, unknown>): number => (typeof data['order'] === 'number' ? data['order'] : 0);
