import { listNames } from '../describe.js';
import { continuitySeverityOf, type ContinuityFinding } from './finding.js';
import type { ContinuityScene, WardrobeItem } from './model.js';

const wardrobeKey = (items: readonly WardrobeItem[]): string => [...new Set(items.map((item) => item.id))].sort().join(' ');
const describeItems = (items: readonly WardrobeItem[]): string => listNames([...new Set(items.map((item) => item.item || 'unnamed wardrobe'))].sort());

/**
 * A character wearing different wardrobe in two scenes of the same story day. Only scenes
 * that say what the character wears are compared (a scene with none listed is not a change).
 * Each later scene is compared with the first scene of the day that lists wardrobe.
 *
 * @param scenes - in story order.
 */
export const findWardrobeChanges = (scenes: readonly ContinuityScene[]): ContinuityFinding[] => {
  // character name → story day → scenes with that character's wardrobe, in story order
  const worn = new Map<string, Map<number, { scene: ContinuityScene; items: WardrobeItem[] }[]>>();
  for (const scene of scenes) {
    if (scene.storyDay === null) continue;
    const byCharacter = new Map<string, WardrobeItem[]>();
    for (const item of scene.wardrobe) {
      if (item.characterName === '') continue;
      byCharacter.set(item.characterName, [...(byCharacter.get(item.characterName) ?? []), item]);
    }
    for (const [name, items] of byCharacter) {
      const days = worn.get(name) ?? new Map<number, { scene: ContinuityScene; items: WardrobeItem[] }[]>();
      worn.set(name, days);
      days.set(scene.storyDay, [...(days.get(scene.storyDay) ?? []), { scene, items }]);
    }
  }
  const findings: ContinuityFinding[] = [];
  for (const name of [...worn.keys()].sort()) {
    const days = worn.get(name) as Map<number, { scene: ContinuityScene; items: WardrobeItem[] }[]>;
    for (const day of [...days.keys()].sort((a, b) => a - b)) {
      const [first, ...rest] = days.get(day) ?? [];
      if (!first) continue;
      for (const later of rest) {
        if (wardrobeKey(later.items) === wardrobeKey(first.items)) continue;
        findings.push({
          code: 'WARDROBE_CHANGE_SAME_DAY',
          severity: continuitySeverityOf.WARDROBE_CHANGE_SAME_DAY,
          message: `${name} wears ${describeItems(later.items)} in ${later.scene.label} but ${describeItems(first.items)} in ${first.scene.label}, on the same story day ${day}.`,
          nodeIds: [later.scene.id, first.scene.id, ...later.items.map((item) => item.id), ...first.items.map((item) => item.id)].filter(
            (id, index, all) => all.indexOf(id) === index,
          ),
        });
      }
    }
  }
  return findings;
};
