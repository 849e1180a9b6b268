import { describeNodeType, isNodeTypeName, type Position } from '@pc/graph';
import { summarizeNode } from '../nodes/card-summary.js';
import type { Canvas } from '../store/canvas.js';
import { walkAlongWires, walkInDirection, type WalkDirection, type WalkNode } from './walk.js';

export type WalkStep = WalkDirection | 'upstream' | 'downstream';

export interface WalkOptions {
  canvas: Canvas;
  /** Every node's box on the canvas (measured sizes where known). */
  getNodes(): WalkNode[];
  /** The middle of the view in flow coordinates: where a walk with nothing selected starts. */
  getViewCentre(): Position;
  /** Brings a node into view if it is not (keeping the zoom). */
  reveal(nodeId: string): void;
  /** Says what happened to screen readers. */
  announce(text: string): void;
}

const nowhere: Record<WalkStep, string> = {
  left: 'No node further left.',
  right: 'No node further right.',
  up: 'No node further up.',
  down: 'No node further down.',
  upstream: 'Nothing is wired into it.',
  downstream: 'It is wired into nothing.',
};

/** "Scene 12 INT. KITCHEN - NIGHT": the type, then the card's number and title. */
export const describeForAnnouncement = (type: string, data: Readonly<Record<string, unknown>> | undefined): string => {
  const summary = summarizeNode(type, data);
  const kind = isNodeTypeName(type) ? describeNodeType(type).label : type;
  return [kind, summary.number, summary.title].filter(Boolean).join(' ');
};

/**
 * The keyboard walk: select the nearest node in a direction, or the next along the wires,
 * show it, and say which it is. The properties panel follows the selection by itself.
 * Returns false on an empty canvas, so the key keeps its default.
 */
export const createWalk = ({ canvas, getNodes, getViewCentre, reveal, announce }: WalkOptions) => (step: WalkStep): boolean => {
  const { doc } = canvas;
  const state = doc.store.getState();
  if (state.nodeIds.length === 0) return false;
  const nodes = getNodes();
  const fromId = state.selection.nodeIds[0] ?? null;
  let nextId: string | null;
  if (step === 'upstream' || step === 'downstream') {
    const wires = state.edgeIds.flatMap((id) => {
      const edge = state.edges[id];
      return edge && !edge.hidden ? [{ source: edge.source, target: edge.target }] : [];
    });
    nextId = fromId === null ? walkInDirection(nodes, null, 'right', getViewCentre()) : walkAlongWires(nodes, wires, fromId, step);
  } else {
    nextId = walkInDirection(nodes, fromId, step, getViewCentre());
  }
  const next = nextId === null ? undefined : state.nodes[nextId];
  if (!next) {
    announce(nowhere[step]);
    return true;
  }
  doc.select({ nodeIds: [next.id], edgeIds: [] });
  reveal(next.id);
  announce(describeForAnnouncement(next.type, next.data as Readonly<Record<string, unknown>>));
  return true;
};
