import type { GraphEdge, Position } from '@pc/graph';

/**
 * A node as the read model shows it: the GraphJSON node, with collaborative text read as
 * a string. Objects are frozen and shared between states: a node nobody touched keeps its
 * identity, and so do its `position` and `data` when only the other one changed.
 */
export interface NodeView {
  readonly id: string;
  readonly type: string;
  readonly position: Position;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * An edge as the read model shows it. `hidden` edges exist in the document but must not
 * be drawn: the derived view found them dangling, duplicated, in conflict for a single
 * input, or closing a cycle (their issue says which). React Flow honours `hidden` as is.
 */
export interface EdgeView extends Readonly<GraphEdge> {
  readonly hidden: boolean;
}
