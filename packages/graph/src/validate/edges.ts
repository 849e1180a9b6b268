import { getInputPort, getNodeType, getOutputPort } from '../catalogue/index.js';
import { describeDataType, describeInput, describeNode, describeOutput } from '../describe.js';
import type { GraphDocument } from '../document.js';
import { connectionKey, type GraphIndex } from '../graph-index.js';
import type { ValidationIssue } from '../issues.js';

/**
 * Edge rules, in one pass over `doc.edges`: duplicate ids, dangling ends, self loops, port
 * names and types, duplicate connections and occupied single inputs. An edge whose end
 * node has an unknown type gets no port issues: the node already carries the problem.
 */
export const validateEdges = (doc: GraphDocument, graph: GraphIndex): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const edgeIds = new Set<string>();
  const connections = new Set<string>();
  const occupiedInputs = new Set<string>(); // target id + handle of single inputs already linked

  doc.edges.forEach((edge, index) => {
    const at = { edgeId: edge.id, severity: 'error' as const };
    if (edgeIds.has(edge.id)) {
      issues.push({ ...at, code: 'duplicate_id', message: `Two links share the id “${edge.id}”; every link needs its own.`, path: ['edges', index, 'id'] });
    }
    edgeIds.add(edge.id);

    const source = graph.nodes.get(edge.source)?.node;
    const target = graph.nodes.get(edge.target)?.node;
    if (!source) {
      issues.push({ ...at, code: 'dangling_edge', message: `A link starts at node “${edge.source}”, which is not in this graph.`, path: ['edges', index, 'source'] });
    }
    if (!target) {
      issues.push({ ...at, code: 'dangling_edge', message: `A link ends at node “${edge.target}”, which is not in this graph.`, path: ['edges', index, 'target'] });
    }
    if (!source || !target) return;

    if (edge.source === edge.target) {
      issues.push({ ...at, nodeId: source.id, code: 'self_loop', message: `${describeNode(source)} is linked to itself; a node cannot feed its own input.`, path: ['edges', index] });
    }

    const key = connectionKey(edge);
    if (connections.has(key)) {
      issues.push({ ...at, nodeId: target.id, code: 'duplicate_edge', message: `${describeNode(source)} is linked to ${describeNode(target)} twice through the same ports.`, path: ['edges', index] });
      return;
    }
    connections.add(key);

    if (!getNodeType(source.type) || !getNodeType(target.type)) return;
    const output = getOutputPort(source.type, edge.sourceHandle);
    const input = getInputPort(target.type, edge.targetHandle);
    if (!output) {
      issues.push({ ...at, nodeId: source.id, code: 'unknown_port', message: `${describeNode(source)} has no output called “${edge.sourceHandle}”.`, path: ['edges', index, 'sourceHandle'] });
    }
    if (!input) {
      issues.push({ ...at, nodeId: target.id, code: 'unknown_port', message: `${describeNode(target)} has no input called “${edge.targetHandle}”.`, path: ['edges', index, 'targetHandle'] });
      return;
    }
    if (output && output.dataType !== input.dataType) {
      issues.push({
        ...at,
        nodeId: target.id,
        code: 'incompatible_ports',
        message: `${describeOutput(source.type, output)} cannot feed ${describeInput(target.type, input)}: it expects ${describeDataType(input.dataType)}.`,
        path: ['edges', index, 'targetHandle'],
      });
    }
    if (input.multiple) return;
    const slot = `${target.id} ${input.name}`;
    if (!occupiedInputs.has(slot)) {
      occupiedInputs.add(slot);
      return;
    }
    issues.push({
      ...at,
      nodeId: target.id,
      code: 'port_occupied',
      message: `${describeNode(target)}’s ${input.label} input takes one link and already has one; remove it before linking ${describeNode(source)}.`,
      path: ['edges', index, 'targetHandle'],
    });
  });
  return issues;
};
