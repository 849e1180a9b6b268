import { getNodesMap, NODE_POSITION, readPosition } from '../model/schema.js';
import { writePosition } from '../model/write.js';
import { isValidPosition, plural, storedNodeTitle } from './describe.js';
import { refuse, type CommandOf, type CommandPlanner, type NodeMove } from './types.js';

/**
 * Commits a drag: every moved node's position in one transaction, so the drag is one undo
 * step and adds about 30 bytes per node to the document (one value per node; intermediate
 * positions travel through awareness and are never written).
 *
 * Nodes a collaborator deleted during the drag are skipped; positions off the canvas are
 * refused; nodes dropped where they were are left alone.
 */
export const planMoveNodes: CommandPlanner<CommandOf<'MoveNodes'>> = (ydoc, command) => {
  const nodes = getNodesMap(ydoc);
  const moves = new Map<string, NodeMove>();
  let found = 0;
  for (const move of command.moves) {
    if (!isValidPosition(move.position)) return refuse('invalid_position', 'A node must stay on the canvas.');
    const node = nodes.get(move.id);
    if (!node) continue;
    found += 1;
    const current = readPosition(node.get(NODE_POSITION));
    if (current.x === move.position.x && current.y === move.position.y) moves.delete(move.id);
    else moves.set(move.id, move);
  }
  if (found === 0) return refuse('node_not_found', 'The nodes to move are no longer in the graph.');
  if (moves.size === 0) return refuse('nothing_to_do', 'The nodes are already there.');
  const [only] = moves.keys();
  return {
    ok: true,
    label: moves.size === 1 && only ? `Move ${storedNodeTitle(ydoc, only)}` : `Move ${plural(moves.size, 'node')}`,
    // Keyed by the nodes asked to move, not those that did: a nudge that leaves one of
    // them in place still belongs to the same held key.
    ...(command.nudge ? { coalesceKey: JSON.stringify(['nudge', [...new Set(command.moves.map((move) => move.id))].sort()]) } : {}),
    apply: () => {
      for (const move of moves.values()) {
        const node = nodes.get(move.id);
        if (node) writePosition(node, move.position);
      }
    },
  };
};
