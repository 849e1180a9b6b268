import { FIELD_LIMITS } from '@pc/graph';
import type { Billing } from '../analyze/billing.js';
import { characterKey } from '../analyze/characters.js';
import type { ScriptCharacter } from '../analyze/types.js';
import type { Draft } from './draft.js';
import { ID_PREFIX, stableNodeId } from './ids.js';
import type { Layout } from './layout.js';

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * Matches the script's characters to Character nodes by name or alias (any Character,
 * also one a user drew before importing), adds new spellings as aliases, and creates the
 * missing ones, each with the role its `billing` says (a Character that exists keeps the user's).
 *
 * @returns the node id of each character key.
 */
export const syncCharacters = (
  draft: Draft,
  characters: readonly ScriptCharacter[],
  billing: ReadonlyMap<string, Billing>,
  layout: Layout,
): Map<string, string> => {
  const byKey = new Map<string, string>();
  for (const node of draft.nodesOfType('character')) {
    const names = [node.data['name'], ...stringList(node.data['aliases'])].filter((name): name is string => typeof name === 'string');
    for (const name of names) if (!byKey.has(characterKey(name))) byKey.set(characterKey(name), node.id);
  }

  const ids = new Map<string, string>();
  let added = 0;
  for (const character of characters) {
    const matched = [character.name, ...character.aliases].map((name) => byKey.get(characterKey(name))).find((id) => id !== undefined);
    const node = matched === undefined ? undefined : draft.getNode(matched);
    if (node) {
      // A spelling the node already answers to (ignoring case and dots) is not a new alias.
      const aliases = stringList(node.data['aliases']);
      const known = new Set([String(node.data['name'] ?? ''), ...aliases].map(characterKey));
      const fresh = [character.name, ...character.aliases].filter((name) => !known.has(characterKey(name)));
      if (fresh.length > 0 && aliases.length + fresh.length <= FIELD_LIMITS.listItems) draft.updateNode(node, { aliases: [...aliases, ...fresh] });
      ids.set(character.key, node.id);
      continue;
    }
    const created = draft.addNode('character', draft.freeId(stableNodeId(ID_PREFIX.character, character.key)), layout.character(added), {
      name: character.name,
      aliases: character.aliases,
      role: billing.get(character.key) ?? 'supporting',
    });
    added += 1;
    if (created) ids.set(character.key, created.id);
  }
  return ids;
};
