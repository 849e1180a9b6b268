import { sceneLocation } from '../analyze/analyze.js';
import type { ScriptLocation, ScriptScene } from '../analyze/types.js';
import type { Draft } from './draft.js';
import type { LayoutPlan } from './layout.js';
import { locationKey } from './locations.js';

/**
 * What the import will add, before it adds anything: the scenes no existing Scene matched,
 * and for each Location no existing one matches, the first of those scenes set there — the
 * row the layout puts it beside.
 */
export const planLayout = (draft: Draft, scenes: readonly ScriptScene[], matched: ReadonlyMap<number, unknown>, locations: readonly ScriptLocation[]): LayoutPlan => {
  const known = new Set(draft.nodesOfType('location').map((node) => locationKey(String(node.data['name'] ?? ''))));
  const adding = new Set(locations.map((location) => location.name).filter((name) => !known.has(locationKey(name))));
  const firstScene = new Map<string, number>();
  let added = 0;
  scenes.forEach((scene, index) => {
    if (matched.has(index)) return;
    const name = sceneLocation(scene);
    if (name !== null && adding.has(name) && !firstScene.has(name)) firstScene.set(name, added);
    added += 1;
  });
  return { scenes: added, firstScene };
};
