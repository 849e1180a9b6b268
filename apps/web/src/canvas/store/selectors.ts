import type { GraphNode } from '@pc/graph';
import type { CanvasState } from './canvas-store.js';
import type { ValidationIssue } from '@pc/graph';
import type { PortUsage } from './port-usage.js';
import { noPortUsage } from './port-usage.js';

/*
 * Selectors live here, at module level, so their identity is stable across renders.
 * Per-node selectors are built once per node id and cached.
 */

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

export const selectSelection = (state: CanvasState) => state.session.selection;
export const selectSaveState = (state: CanvasState) => state.session.save;
export const selectGraphMeta = (state: CanvasState) => state.session.graph;
export const selectAllIssues = (state: CanvasState) => state.session.issues.all;
export const selectNodeCount = (state: CanvasState) => Object.keys(state.document.nodes).length;
export const selectEdgeCount = (state: CanvasState) => Object.keys(state.document.edges).length;
export const selectIsEmpty = (state: CanvasState) => Object.keys(state.document.nodes).length === 0;
export const selectPropertiesOpen = (state: CanvasState) => state.session.panels.properties;

const perId = <T,>(build: (id: string) => (state: CanvasState) => T) => {
  const cache = new Map<string, (state: CanvasState) => T>();
  return (id: string) => {
    let selector = cache.get(id);
    if (!selector) {
      selector = build(id);
      cache.set(id, selector);
    }
    return selector;
  };
};

/** A node's field values; identical across moves and across edits of other nodes. */
export const selectNodeData = perId((id) => (state): GraphNode['data'] | undefined => state.document.nodes[id]?.data);
export const selectNodeType = perId((id) => (state): string | undefined => state.document.nodes[id]?.type);
export const selectNodeIssues = perId((id) => (state): readonly ValidationIssue[] => state.session.issues.byNode[id] ?? NO_ISSUES);
export const selectPortUsage = perId((id) => (state): PortUsage => state.session.portUsage[id] ?? noPortUsage);
export const selectEdge = perId((id) => (state) => state.document.edges[id]);
export const selectEdgeIssues = perId((id) => (state): readonly ValidationIssue[] => state.session.issues.byEdge[id] ?? NO_ISSUES);
