import { checkConnection, edgeDataSchema, GRAPH_LIMITS, graphIdSchema, type GraphEdge } from '@pc/graph';
import { getEdgesMap, getNodesMap } from '../model/schema.js';
import { toEdgeValue } from '../model/write.js';
import { storedNodeTitle } from './describe.js';
import { refuse, type CommandOf, type CommandPlanner } from './types.js';

/**
 * Links an output port to an input port, after packages/graph's `checkConnection` on the
 * graph the user sees: port names and types, single inputs, duplicates, self loops,
 * cycles, and a Character shown in a Shot must be cast in the Shot's Scene.
 *
 * Edge ids are random rather than derived from the ends: when two users make the same link
 * at once, each undo then removes only its own copy (the derived view shows one of them).
 */
export const planConnect: CommandPlanner<CommandOf<'Connect'>> = (ydoc, command, ctx) => {
  const connection = {
    source: command.source,
    sourceHandle: command.sourceHandle,
    target: command.target,
    targetHandle: command.targetHandle,
  };
  const graph = ctx.getGraph();
  let check = checkConnection(graph, connection);
  let replaced: GraphEdge | undefined;
  if (!check.ok && check.code === 'port_occupied' && command.replace) {
    replaced = graph.edges.find((edge) => edge.target === connection.target && edge.targetHandle === connection.targetHandle);
    check = checkConnection({ ...graph, edges: graph.edges.filter((edge) => edge !== replaced) }, connection);
  }
  if (!check.ok) return refuse(check.code, check.reason);

  const edges = getEdgesMap(ydoc);
  if (!replaced && edges.size >= GRAPH_LIMITS.maxEdges) return refuse('too_many_edges', `A graph holds at most ${GRAPH_LIMITS.maxEdges} links.`);
  const data = command.data === undefined ? undefined : edgeDataSchema.safeParse(command.data);
  if (data && !data.success) return refuse('invalid_field', 'This link’s settings are not valid.');
  const id = command.id ?? ctx.createId('e');
  if (!graphIdSchema.safeParse(id).success) return refuse('invalid_id', `“${id}” is not a valid link id.`);
  if (edges.has(id) || getNodesMap(ydoc).has(id)) return refuse('duplicate_id', `The id “${id}” is already taken.`);

  const edge: GraphEdge = { id, ...connection, ...(data ? { data: data.data } : {}) };
  return {
    ok: true,
    label: `Connect ${storedNodeTitle(ydoc, edge.source)} to ${storedNodeTitle(ydoc, edge.target)}`,
    created: [id],
    apply: () => {
      if (replaced) edges.delete(replaced.id);
      edges.set(id, toEdgeValue(edge));
    },
  };
};
