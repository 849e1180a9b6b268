import type { Node } from '@xyflow/react';
import type { NodeView } from '@pc/document';
import type { Position } from '@pc/graph';

/**
 * A React Flow node carries no domain data: the card reads its node from the store. So a
 * field edit never touches React Flow's node array, and React Flow only sees id, type,
 * position and selection.
 */
export type FlowNode = Node<Record<string, never>, string>;

const NO_DATA: Record<string, never> = Object.freeze({}) as Record<string, never>;

/** What the adapter reads of the document store's state. */
export interface FlowNodeSource {
  readonly nodeIds: readonly string[];
  readonly nodes: Readonly<Record<string, NodeView>>;
}

/** The card Tab reaches on the canvas: the first selected one still on it, else the first. */
const tabStopOf = (source: FlowNodeSource, selected: ReadonlySet<string>): string | undefined => {
  for (const id of selected) if (source.nodes[id]) return id;
  return source.nodeIds.find((id) => source.nodes[id]);
};

/**
 * Reconciles React Flow's nodes with the document store (nodes in `nodeIds` order, so
 * new nodes draw on top) and the selection.
 *
 * A flow node is replaced only when its document position (compared by identity: the
 * store keeps an unmoved node's `position` object) or its selection changed, so React
 * Flow's own fields (measured size, dragging) survive and untouched nodes keep their
 * identity. `docPositions` remembers the document position each flow node was last synced
 * from: a node being dragged keeps its live position until the document moves it.
 * Returns `previous` itself when nothing changed.
 *
 * One card is focusable (React Flow's per-node `focusable`): the canvas's one Tab stop, a
 * roving tabindex (WAI-ARIA) — the first selected card, else the first card. Every card
 * focusable was hundreds of Tab stops; none left the keyboard only Alt+arrows and Find.
 */
export const syncFlowNodes = (
  previous: readonly FlowNode[],
  source: FlowNodeSource,
  selected: ReadonlySet<string>,
  docPositions: Map<string, Position>,
): FlowNode[] => {
  const byId = new Map<string, FlowNode>();
  for (const node of previous) byId.set(node.id, node);
  let changed = previous.length !== source.nodeIds.length;
  const tabStop = tabStopOf(source, selected);
  const next: FlowNode[] = [];
  for (const [index, id] of source.nodeIds.entries()) {
    const node = source.nodes[id];
    if (!node) continue;
    const flow = byId.get(id);
    const isSelected = selected.has(id);
    const focusable = id === tabStop;
    if (!flow) {
      next.push({ id, type: node.type, position: node.position, data: NO_DATA, selected: isSelected, focusable });
      docPositions.set(id, node.position);
      changed = true;
      continue;
    }
    const moved = docPositions.get(id) !== node.position;
    if (moved || Boolean(flow.selected) !== isSelected || Boolean(flow.focusable) !== focusable || flow.type !== node.type) {
      next.push({ ...flow, type: node.type, position: moved ? node.position : flow.position, selected: isSelected, focusable });
      docPositions.set(id, node.position);
      changed = true;
    } else {
      if (previous[index] !== flow) changed = true;
      next.push(flow);
    }
  }
  if (docPositions.size > source.nodeIds.length) {
    for (const id of docPositions.keys()) if (!source.nodes[id]) docPositions.delete(id);
  }
  return changed ? next : (previous as FlowNode[]);
};

/** Puts nodes back where the document has them (a drag the document refused). */
export const resetToDocument = (previous: readonly FlowNode[], source: FlowNodeSource, ids: ReadonlySet<string>): FlowNode[] =>
  previous.map((flow) => {
    const node = source.nodes[flow.id];
    return node && ids.has(flow.id) && flow.position !== node.position ? { ...flow, position: node.position } : flow;
  });
