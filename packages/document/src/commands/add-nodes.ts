import { getNodeType, GRAPH_LIMITS, graphIdSchema, normalizeNodeData, type GraphNode } from '@pc/graph';
import { getCollaborativeTextFields } from '../model/fields.js';
import { getEdgesMap, getNodesMap } from '../model/schema.js';
import { createYNode } from '../model/write.js';
import { describeFieldProblem, isValidPosition, nodeTitle, plural } from './describe.js';
import { refuse, type CommandOf, type CommandPlanner } from './types.js';

/**
 * Adds nodes of catalogue types, their fields completed with defaults. The new nodes
 * become the selection. Refuses unknown types, invalid field values, taken or malformed
 * ids and positions off the canvas.
 */
export const planAddNodes: CommandPlanner<CommandOf<'AddNodes'>> = (ydoc, command, ctx) => {
  if (command.nodes.length === 0) return refuse('nothing_to_do', 'There is nothing to add.');
  const nodes = getNodesMap(ydoc);
  const edges = getEdgesMap(ydoc);
  if (nodes.size + command.nodes.length > GRAPH_LIMITS.maxNodes) {
    return refuse('too_many_nodes', `A graph holds at most ${GRAPH_LIMITS.maxNodes} nodes.`);
  }
  const created: GraphNode[] = [];
  const ids = new Set<string>();
  for (const requested of command.nodes) {
    const definition = getNodeType(requested.type);
    if (!definition) return refuse('unknown_node_type', `There is no node type “${requested.type}”.`);
    if (!isValidPosition(requested.position)) return refuse('invalid_position', 'A node must be placed on the canvas.');
    const id = requested.id ?? ctx.createId(requested.type);
    if (!graphIdSchema.safeParse(id).success) return refuse('invalid_id', `“${id}” is not a valid node id.`);
    if (nodes.has(id) || edges.has(id) || ids.has(id)) return refuse('duplicate_id', `The id “${id}” is already taken.`);
    const data = normalizeNodeData(requested.type, requested.data ?? {});
    if (!data.ok) return refuse('invalid_field', `${definition.label}: ${describeFieldProblem(requested.type, data.issues)}`);
    ids.add(id);
    created.push({ id, type: requested.type, position: { ...requested.position }, data: data.data });
  }
  const [only] = created;
  return {
    ok: true,
    label: created.length === 1 && only ? `Add ${nodeTitle(only)}` : `Add ${plural(created.length, 'node')}`,
    selection: { nodeIds: [...ids], edgeIds: [] },
    created: [...ids],
    apply: () => {
      for (const node of created) createYNode(nodes, node, getCollaborativeTextFields(node.type));
    },
  };
};
