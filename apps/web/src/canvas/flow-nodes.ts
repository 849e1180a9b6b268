import type { Node } from '@xyflow/react';
import type { GraphNode, Position } from '@pc/graph';

/**
 * A React Flow node carries no domain data: the card reads its node from the store. So a
 * field edit never touches React Flow's node array, and React Flow only sees id, type,
 * position and selection.
 */
export type FlowNode = Node<Record<string, never>, string>;

const NO_DATA: Record<string, never> = Object.freeze({}) as Record<string, never>;

/**
 * Reconciles React Flow's nodes with the document and the selection.
 *
 * A flow node is replaced only when its document position or its selection changed, so
 * React Flow's own fields (measured size, dragging) survive and untouched nodes keep
 * their identity. `docPositions` remembers the document position each flow node was last
 * synced from: a node dragged locally keeps its live position until the document moves it.
 * Returns `previous` itself when nothing changed.
 */
export const syncFlowNodes = (
  previous: readonly FlowNode[],
  nodes: Readonly<Record<string, GraphNode>>,
  selected: ReadonlySet<string>,
  docPositions: Map<string, Position>,
): FlowNode[] => {
  const byId = new Map(previous.map((node) => [node.id, node]));
  let changed = false;
  const next: FlowNode[] = [];
  for (const node of Object.values(nodes)) {
    const flow = byId.get(node.id);
    const isSelected = selected.has(node.id);
    if (!flow) {
      next.push({ id: node.id, type: node.type, position: node.position, data: NO_DATA, selected: isSelected });
      docPositions.set(node.id, node.position);
      changed = true;
      continue;
    }
    const moved = docPositions.get(node.id) !== node.position;
    if (moved || Boolean(flow.selected) !== isSelected || flow.type !== node.type) {
      next.push({ ...flow, type: node.type, position: moved ? node.position : flow.position, selected: isSelected });
      docPositions.set(node.id, node.position);
      changed = true;
    } else next.push(flow);
  }
  if (next.length !== previous.length) changed = true;
  for (const id of docPositions.keys()) if (!(id in nodes)) docPositions.delete(id);
  return changed ? next : (previous as FlowNode[]);
};
