import { getNodeType, type GraphDocument } from '@pc/graph';
import { checkConnection, type ConnectionCheck, type ProposedConnection as ConnectionRequest } from '@pc/graph';

/** One end of a connection being dragged: the node, its port and which side it is on. */
export interface ConnectionEnd {
  nodeId: string;
  handleId: string;
  handleType: 'source' | 'target';
}

/** Orders two ends as source → target, whichever end the drag started from. */
export const toRequest = (from: ConnectionEnd, to: { nodeId: string; handleId: string }): ConnectionRequest =>
  from.handleType === 'source'
    ? { source: from.nodeId, sourceHandle: from.handleId, target: to.nodeId, targetHandle: to.handleId }
    : { source: to.nodeId, sourceHandle: to.handleId, target: from.nodeId, targetHandle: from.handleId };

export type DropResolution = { ok: true; request: ConnectionRequest } | { ok: false; reason: string };

/**
 * A connection dropped on a node's body rather than on a port: picks the first port on
 * that node the rules accept (a Character dropped on a Shot lands on "In frame"), or
 * explains why none fits, using the refusal of the port with the same data type.
 */
export const resolveDropOnNode = (doc: GraphDocument, from: ConnectionEnd, nodeId: string): DropResolution => {
  const node = doc.nodes.find((n) => n.id === nodeId);
  const type = node ? getNodeType(node.type) : undefined;
  if (!node || !type) return { ok: false, reason: 'That node no longer exists.' };
  const ports = from.handleType === 'source' ? type.inputs : type.outputs;
  let firstRefusal: Extract<ConnectionCheck, { ok: false }> | null = null;
  for (const port of ports) {
    const request = toRequest(from, { nodeId, handleId: port.name });
    const check = checkConnection(doc, request);
    if (check.ok) return { ok: true, request };
    if (check.code !== 'incompatible_ports' && !firstRefusal) firstRefusal = check;
  }
  if (firstRefusal) return { ok: false, reason: firstRefusal.reason };
  return {
    ok: false,
    reason:
      ports.length === 0
        ? `A ${type.label} has no ${from.handleType === 'source' ? 'inputs' : 'outputs'}.`
        : `No ${from.handleType === 'source' ? 'input' : 'output'} of this ${type.label} fits that port.`,
  };
};
