import { getInputPort, getNodeType, getOutputPort } from './catalogue/index.js';
import { describeDataType, describeInput, describeNode, describeOutput } from './describe.js';
import type { GraphDocument, GraphEdge } from './document.js';
import { connectionKey, getIncomingEdges, getShotScene, indexGraph, isCastInScene } from './graph-index.js';
import type { IssueCode } from './issues.js';
import { buildAdjacency, reachableFrom } from './topology/adjacency.js';

/** The ends of a proposed edge: what the canvas knows while the user drags a wire. */
export type ProposedConnection = Pick<GraphEdge, 'source' | 'sourceHandle' | 'target' | 'targetHandle'>;

/** Whether a connection may be added; when not, a code and a reason to show the user. */
export type ConnectionCheck = { ok: true } | { ok: false; code: IssueCode; reason: string };

const refuse = (code: IssueCode, reason: string): ConnectionCheck => ({ ok: false, code, reason });

/**
 * Would adding this edge keep the graph valid? Used by the canvas to refuse a wire
 * visibly and by commands before they write.
 *
 * Refuses missing nodes, unknown node types or ports, mismatched data types, a second link
 * into a single input, an existing identical link, a self loop, a link that closes a cycle,
 * and a Character into a Shot's In frame input when that Character is not cast in the
 * Shot's Scene. A Character into a Shot with no Scene yet is allowed.
 *
 * @example
 * const check = checkConnection(doc, { source: 'char-ben', sourceHandle: 'character', target: 'shot-12a', targetHandle: 'characters' });
 * if (!check.ok) showRefusal(check.reason); // "Shot 12A covers Scene 12, where BEN is not cast; …"
 * @remarks O(nodes + edges) worst case (the cycle check walks what the target reaches).
 */
export const checkConnection = (doc: GraphDocument, connection: ProposedConnection): ConnectionCheck => {
  const graph = indexGraph(doc);
  const source = graph.nodes.get(connection.source)?.node;
  const target = graph.nodes.get(connection.target)?.node;
  if (!source) return refuse('dangling_edge', `There is no node “${connection.source}” in this graph.`);
  if (!target) return refuse('dangling_edge', `There is no node “${connection.target}” in this graph.`);
  for (const node of [source, target]) {
    if (!getNodeType(node.type)) return refuse('unknown_node_type', `Node ${node.id} is of type “${node.type}”, which this version does not know.`);
  }
  if (source.id === target.id) return refuse('self_loop', `${describeNode(source)} cannot feed its own input.`);

  const output = getOutputPort(source.type, connection.sourceHandle);
  if (!output) return refuse('unknown_port', `${describeNode(source)} has no output called “${connection.sourceHandle}”.`);
  const input = getInputPort(target.type, connection.targetHandle);
  if (!input) return refuse('unknown_port', `${describeNode(target)} has no input called “${connection.targetHandle}”.`);
  if (output.dataType !== input.dataType) {
    return refuse(
      'incompatible_ports',
      `${describeOutput(source.type, output)} cannot feed ${describeInput(target.type, input)}: it expects ${describeDataType(input.dataType)}.`,
    );
  }

  const key = connectionKey(connection);
  if (doc.edges.some((edge) => connectionKey(edge) === key)) {
    return refuse('duplicate_edge', `${describeNode(source)} is already linked to ${describeNode(target)} this way.`);
  }
  const existing = getIncomingEdges(graph, target.id, input.name)[0];
  if (!input.multiple && existing) {
    const current = graph.nodes.get(existing.edge.source)?.node;
    const holder = current ? ` to ${describeNode(current)}` : '';
    return refuse('port_occupied', `${describeNode(target)}’s ${input.label} input is already linked${holder}; remove that link first.`);
  }

  // The new edge closes a cycle exactly when its target already reaches its source.
  if (reachableFrom(buildAdjacency(doc, graph).successors, [target.id]).has(source.id)) {
    return refuse('cycle', `Linking ${describeNode(source)} to ${describeNode(target)} would create a loop; work must flow one way.`);
  }

  if (target.type === 'shot' && input.name === 'characters' && source.type === 'character') {
    const scene = getShotScene(graph, target.id);
    if (scene && !isCastInScene(graph, source.id, scene.id)) {
      const name = describeNode(source);
      return refuse(
        'shot_character_not_cast',
        `${describeNode(target)} covers ${describeNode(scene)}, where ${name} is not cast; add ${name} to the scene’s cast first.`,
      );
    }
  }
  return { ok: true };
};
