import { getEdgesMap, getNodesMap } from '../model/schema.js';
import { readEdge } from '../model/read.js';
import { plural, storedNodeTitle } from './describe.js';
import { refuse, type CommandOf, type CommandPlanner } from './types.js';

/**
 * Deletes nodes and links: by default what is selected. A deleted node takes every link
 * touching it along (hidden ones too), in the same transaction, so one undo brings all of
 * it back.
 */
export const planDeleteSelection: CommandPlanner<CommandOf<'DeleteSelection'>> = (ydoc, command, ctx) => {
  const nodes = getNodesMap(ydoc);
  const edges = getEdgesMap(ydoc);
  const ids = command.ids ?? [...ctx.selection.nodeIds, ...ctx.selection.edgeIds];
  const nodeIds = new Set(ids.filter((id) => nodes.has(id)));
  const edgeIds = new Set(ids.filter((id) => edges.has(id)));
  if (nodeIds.size === 0 && edgeIds.size === 0) return refuse('nothing_to_do', 'Nothing is selected.');

  const attached = new Set<string>();
  if (nodeIds.size > 0) {
    edges.forEach((value, id) => {
      const edge = readEdge(id, value);
      if (nodeIds.has(edge.source) || nodeIds.has(edge.target)) attached.add(id);
    });
  }

  const [onlyNode] = nodeIds;
  const parts: string[] = [];
  if (nodeIds.size === 1 && onlyNode) parts.push(storedNodeTitle(ydoc, onlyNode));
  else if (nodeIds.size > 1) parts.push(plural(nodeIds.size, 'node'));
  if (edgeIds.size > 0) parts.push(plural(edgeIds.size, 'link'));
  return {
    ok: true,
    label: `${command.cut ? 'Cut' : 'Delete'} ${parts.join(' and ')}`,
    selection: {
      nodeIds: ctx.selection.nodeIds.filter((id) => !nodeIds.has(id)),
      edgeIds: ctx.selection.edgeIds.filter((id) => !edgeIds.has(id) && !attached.has(id)),
    },
    apply: () => {
      for (const id of [...edgeIds, ...attached]) edges.delete(id);
      for (const id of nodeIds) nodes.delete(id);
    },
  };
};
