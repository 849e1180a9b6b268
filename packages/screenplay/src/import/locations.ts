import { collapse } from '../analyze/text.js';
import type { ScriptLocation } from '../analyze/types.js';
import type { Draft } from './draft.js';
import { ID_PREFIX, stableNodeId } from './ids.js';
import type { Layout } from './layout.js';

/** How Location names compare: UPPERCASE, spaces collapsed, apostrophes straight (a Location drawn, or imported, as "O’BRIEN HOUSE" is the script's "O'BRIEN HOUSE"). */
export const locationKey = (name: string): string => collapse(name.toUpperCase()).replace(/[\u2018\u2019\u02BC]/g, "'");

/**
 * Matches the script's locations to Location nodes by name (any Location, also one drawn
 * by hand), fills a blank parent, and creates the missing ones. Nothing else of an
 * existing Location is touched: description, look and address are the user's.
 *
 * @returns the node id of each location name.
 */
export const syncLocations = (draft: Draft, locations: readonly ScriptLocation[], layout: Layout): Map<string, string> => {
  const byName = new Map<string, string>();
  for (const node of draft.nodesOfType('location')) {
    const key = locationKey(String(node.data['name'] ?? ''));
    if (key !== '' && !byName.has(key)) byName.set(key, node.id);
  }
  const ids = new Map<string, string>();
  for (const location of locations) {
    const existing = byName.get(locationKey(location.name));
    const node = existing === undefined ? undefined : draft.getNode(existing);
    if (node) {
      if (location.parent !== '' && String(node.data['parent'] ?? '') === '') draft.updateNode(node, { parent: location.parent });
      ids.set(location.name, node.id);
      continue;
    }
    const created = draft.addNode('location', draft.freeId(stableNodeId(ID_PREFIX.location, location.name)), layout.location(location.name), {
      name: location.name,
      parent: location.parent,
      intExt: location.intExt,
    });
    if (created) ids.set(location.name, created.id);
  }
  return ids;
};
