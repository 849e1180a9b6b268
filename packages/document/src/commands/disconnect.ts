import { readEdge } from '../model/read.js';
import { getEdgesMap } from '../model/schema.js';
import { plural, storedNodeTitle } from './describe.js';
import { refuse, type CommandOf, type CommandPlanner, type Selection } from './types.js';

/**
 * Removes links. Removing a Character from a Scene's cast while a Shot of that Scene shows
 * them is allowed: the Shot is flagged (unfinished work), as packages/graph rules.
 */
export const planDisconnect: CommandPlanner<CommandOf<'Disconnect'>> = (ydoc, command, ctx) => {
  const edges = getEdgesMap(ydoc);
  const ids = [...new Set(command.ids)].filter((id) => edges.has(id));
  if (ids.length === 0) return refuse('edge_not_found', 'These links are no longer in the graph.');
  const [only] = ids;
  const edge = ids.length === 1 && only ? readEdge(only, edges.get(only)) : undefined;
  const removed = new Set(ids);
  const selection: Selection = { nodeIds: ctx.selection.nodeIds, edgeIds: ctx.selection.edgeIds.filter((id) => !removed.has(id)) };
  return {
    ok: true,
    label: edge
      ? `Disconnect ${storedNodeTitle(ydoc, edge.source)} from ${storedNodeTitle(ydoc, edge.target)}`
      : `Disconnect ${plural(ids.length, 'link')}`,
    selection,
    apply: () => {
      for (const id of ids) edges.delete(id);
    },
  };
};
