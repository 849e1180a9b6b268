import { CLIPBOARD_FORMAT } from '../clipboard.js';
import { getNodesMap } from '../model/schema.js';
import { PASTE_OFFSET, planInsert } from './paste.js';
import { refuse, type CommandOf, type CommandPlanner } from './types.js';

/**
 * Copy and paste in one step: the nodes (by default the selected ones) and the visible
 * links between them, `offset` from the originals. The copies become the selection.
 */
export const planDuplicate: CommandPlanner<CommandOf<'Duplicate'>> = (ydoc, command, ctx) => {
  const stored = getNodesMap(ydoc);
  const wanted = new Set((command.ids ?? ctx.selection.nodeIds).filter((id) => stored.has(id)));
  if (wanted.size === 0) return refuse('nothing_to_do', 'Select the nodes to duplicate.');
  const graph = ctx.getGraph();
  const payload = {
    format: CLIPBOARD_FORMAT,
    version: 1 as const,
    nodes: graph.nodes.filter((node) => wanted.has(node.id)),
    edges: graph.edges.filter((edge) => wanted.has(edge.source) && wanted.has(edge.target)),
  };
  return planInsert(ydoc, payload, { by: command.offset ?? PASTE_OFFSET }, 'Duplicate', ctx);
};
