import type { DocumentIssue, DocumentState, EdgeView, NodeView } from '@pc/document';
import type { SessionState } from './session-store.js';
import { getPortUsage, noPortUsage, type PortUsage } from './port-usage.js';

/*
 * Selectors live here, at module level, so their identity is stable across renders.
 * Per-node selectors are built once per node id and cached.
 */

const NO_ISSUES: readonly DocumentIssue[] = Object.freeze([]);

// Document store (document + selection + history).
export const selectSelection = (state: DocumentState) => state.selection;
export const selectAllIssues = (state: DocumentState) => state.issues.all;
export const selectNodeCount = (state: DocumentState) => state.nodeIds.length;
export const selectEdgeCount = (state: DocumentState) => state.edgeIds.length - state.edgeIds.filter((id) => state.edges[id]?.hidden).length;
export const selectIsEmpty = (state: DocumentState) => state.nodeIds.length === 0;
/** Whether a screenplay was imported here (a Script node): the toolbar offers a re-import, else an import. */
export const selectHasScript = (state: DocumentState) => state.nodeIds.some((id) => state.nodes[id]?.type === 'script');
export const selectReadOnly = (state: DocumentState) => state.readOnly;
export const selectHistory = (state: DocumentState) => ({ undoLabel: state.undoLabel, redoLabel: state.redoLabel });

// Session store.
export const selectGraphMeta = (state: SessionState) => state.graph;
export const selectPropertiesOpen = (state: SessionState) => state.panels.properties;
export const selectShortcutsOpen = (state: SessionState) => state.panels.shortcuts;
export const selectFindOpen = (state: SessionState) => state.panels.find;
export const selectQuickAdd = (state: SessionState) => state.quickAdd;

const perId = <T,>(build: (id: string) => (state: DocumentState) => T) => {
  const cache = new Map<string, (state: DocumentState) => T>();
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
export const selectNodeData = perId((id) => (state): NodeView['data'] | undefined => state.nodes[id]?.data);
export const selectNodeType = perId((id) => (state): string | undefined => state.nodes[id]?.type);
export const selectNodeIssues = perId((id) => (state): readonly DocumentIssue[] => state.issues.nodes[id] ?? NO_ISSUES);
export const selectPortUsage = perId((id) => (state): PortUsage => getPortUsage(state.edges)[id] ?? noPortUsage);
export const selectEdge = perId((id) => (state): EdgeView | undefined => state.edges[id]);
export const selectEdgeIssues = perId((id) => (state): readonly DocumentIssue[] => state.issues.edges[id] ?? NO_ISSUES);
