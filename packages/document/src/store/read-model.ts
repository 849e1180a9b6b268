import * as Y from 'yjs';
import type { GraphEdge } from '@pc/graph';
import { freeze, produce } from 'immer';
import { readEdge, readFieldValue, readNodeView } from '../model/read.js';
import { getEdgesMap, getNodeData, getNodesMap, NODE_DATA, NODE_POSITION, readPosition, type YNode } from '../model/schema.js';
import type { EdgeView, NodeView } from '../model/views.js';
import { deriveView, type DocumentIssue } from '../view/derive-view.js';

/** The derived view's issues, grouped where the canvas shows them. */
export interface DocumentIssues {
  readonly nodes: Readonly<Record<string, readonly DocumentIssue[]>>;
  readonly edges: Readonly<Record<string, readonly DocumentIssue[]>>;
  /** Every issue, in the derived view's order (for a problems panel). */
  readonly all: readonly DocumentIssue[];
}

/** The part of the store's state projected from the document. */
export interface DocumentSlice {
  readonly nodes: Readonly<Record<string, NodeView>>;
  /** Node ids in local insertion order (new nodes last, drawn on top). */
  readonly nodeIds: readonly string[];
  /** Every stored edge, hidden ones included (`hidden: true`). */
  readonly edges: Readonly<Record<string, EdgeView>>;
  readonly edgeIds: readonly string[];
  readonly issues: DocumentIssues;
}

/** Which parts of a node changed: all of it (added, replaced) or its position and some fields. */
type NodeChange = 'all' | { position: boolean; fields: Set<string> };

/** Records, keyed by ids, without a prototype: `__proto__` and `constructor` are valid ids. */
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
const copyRecord = <T>(source: Readonly<Record<string, T>>): Record<string, T> => Object.assign(record<T>(), source);

/**
 * Freezes a node view and the JSON values in it (field values are at most an object of
 * strings or an array of strings). Cheaper than a generic deep freeze on 2,000 nodes.
 */
const freezeNode = (view: NodeView): NodeView => {
  Object.freeze(view.position);
  for (const value of Object.values(view.data)) if (typeof value === 'object' && value !== null) Object.freeze(value);
  Object.freeze(view.data);
  return Object.freeze(view);
};

/**
 * A frozen edge view, built as a literal: `{...edge, hidden}` (a spread plus a property)
 * gives V8 a slow object shape, which made the derived view three times slower.
 */
const edgeView = (edge: GraphEdge, hidden: boolean): EdgeView => {
  const { id, source, sourceHandle, target, targetHandle, data } = edge;
  if (data === undefined) return Object.freeze({ id, source, sourceHandle, target, targetHandle, hidden });
  return Object.freeze({ id, source, sourceHandle, target, targetHandle, data: Object.freeze(data), hidden });
};

const sameIssues = (a: readonly DocumentIssue[] | undefined, b: readonly DocumentIssue[]): boolean =>
  a !== undefined && a.length === b.length && JSON.stringify(a) === JSON.stringify(b);

/** Groups issues, reusing the previous arrays (and records) where nothing changed. */
const groupIssues = (previous: DocumentIssues | undefined, all: readonly DocumentIssue[]): DocumentIssues => {
  const group = (key: 'nodeId' | 'edgeId', before: Readonly<Record<string, readonly DocumentIssue[]>> | undefined) => {
    const grouped = record<DocumentIssue[]>();
    for (const issue of all) {
      const id = issue[key];
      if (id !== undefined) (grouped[id] ??= []).push(issue);
    }
    let reused = before !== undefined && Object.keys(before).length === Object.keys(grouped).length;
    const result = record<readonly DocumentIssue[]>();
    for (const [id, list] of Object.entries(grouped)) {
      const old = before?.[id];
      if (old && sameIssues(old, list)) result[id] = old;
      else {
        result[id] = list;
        reused = false;
      }
    }
    return reused && before ? before : result;
  };
  const nodes = group('nodeId', previous?.nodes);
  const edges = group('edgeId', previous?.edges);
  if (previous && nodes === previous.nodes && edges === previous.edges && sameIssues(previous.all, all)) return previous;
  return { nodes, edges, all };
};

/**
 * Keeps a {@link DocumentSlice} in step with a Y.Doc. Deep observers note what each
 * transaction touched (which nodes, and of those which keys); `apply` then patches only
 * that: the id records are copied once per batch and each touched node is patched with
 * immer, so an untouched node keeps its object identity and a moved node keeps its `data`
 * object. Everything in the slice is frozen. The derived view is recomputed only when nodes or edges are added or
 * removed (or a field changes while issues are shown, since messages name nodes).
 */
export interface ReadModel {
  /** The slice as the document is now, from scratch. */
  build(): DocumentSlice;
  /** Whether transactions touched the document since the last `apply`. */
  hasChanges(): boolean;
  /** `slice` with the pending changes applied (the same object when nothing changed). */
  apply(slice: DocumentSlice): DocumentSlice;
  destroy(): void;
}

export const createReadModel = (ydoc: Y.Doc): ReadModel => {
  const nodes = getNodesMap(ydoc);
  const edges = getEdgesMap(ydoc);
  let nodeChanges = new Map<string, NodeChange>();
  let edgeChanges = new Set<string>();
  let structureChanged = false;
  let fieldsChanged = false;

  const noteNodeEvents = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (event.target === nodes) {
        for (const id of (event as Y.YMapEvent<unknown>).keysChanged) nodeChanges.set(id, 'all');
        structureChanged = true;
        continue;
      }
      const path = event.path;
      const id = path[0];
      if (typeof id !== 'string' || nodeChanges.get(id) === 'all') continue;
      const change = (nodeChanges.get(id) as Exclude<NodeChange, 'all'> | undefined) ?? { position: false, fields: new Set<string>() };
      nodeChanges.set(id, change);
      if (path.length === 1 && event instanceof Y.YMapEvent) {
        for (const key of event.keysChanged) {
          if (key === NODE_POSITION) change.position = true;
          else {
            nodeChanges.set(id, 'all'); // type, data or an unknown key replaced: re-read the node
            structureChanged = true;
          }
        }
      } else if (path.length === 2 && path[1] === NODE_DATA && event instanceof Y.YMapEvent) {
        for (const key of event.keysChanged) change.fields.add(key as string);
        fieldsChanged = true;
      } else if (path.length >= 3 && path[1] === NODE_DATA && typeof path[2] === 'string') {
        change.fields.add(path[2]); // inside a Y.Text (or a foreign nested type)
        fieldsChanged = true;
      } else {
        nodeChanges.set(id, 'all');
        structureChanged = true;
      }
    }
  };
  const noteEdgeEvents = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (event.target === edges) for (const id of (event as Y.YMapEvent<unknown>).keysChanged) edgeChanges.add(id);
    }
    structureChanged = true;
  };
  nodes.observeDeep(noteNodeEvents);
  edges.observeDeep(noteEdgeEvents);

  const derive = (slice: DocumentSlice): DocumentSlice => {
    const view = deriveView({
      nodes: slice.nodeIds.map((id) => slice.nodes[id] as NodeView),
      edges: slice.edgeIds.map((id) => slice.edges[id] as EdgeView),
    });
    const hidden = new Set(view.hiddenEdgeIds);
    const issues = groupIssues(slice.issues, view.issues);
    let edgeViews: Record<string, EdgeView> | undefined;
    for (const id of slice.edgeIds) {
      const edge = slice.edges[id] as EdgeView;
      if (edge.hidden === hidden.has(id)) continue;
      edgeViews ??= copyRecord(slice.edges);
      edgeViews[id] = edgeView(edge, !edge.hidden);
    }
    if (!edgeViews && issues === slice.issues) return slice;
    return freeze({ ...slice, edges: edgeViews ? freeze(edgeViews) : slice.edges, issues: freeze(issues, true) });
  };

  const build = (): DocumentSlice => {
    const nodeViews = record<NodeView>();
    const nodeIds: string[] = [];
    nodes.forEach((ynode, id) => {
      nodeViews[id] = freezeNode(readNodeView(id, ynode));
      nodeIds.push(id);
    });
    const edgeViews = record<EdgeView>();
    const edgeIds: string[] = [];
    edges.forEach((value, id) => {
      edgeViews[id] = edgeView(readEdge(id, value), false);
      edgeIds.push(id);
    });
    nodeChanges = new Map();
    edgeChanges = new Set();
    structureChanged = fieldsChanged = false;
    const empty: DocumentIssues = { nodes: record(), edges: record(), all: [] };
    return derive(freeze({ nodes: freeze(nodeViews), nodeIds: freeze(nodeIds), edges: freeze(edgeViews), edgeIds: freeze(edgeIds), issues: empty }));
  };

  /**
   * One node brought up to date, sharing what did not change: a move keeps `data`, a field
   * edit keeps `position` and the other fields. A move alone (the hot path: 500 nodes in a
   * drag) is a plain spread; field edits go through immer.
   */
  const patchNode = (current: NodeView, ynode: YNode, change: Exclude<NodeChange, 'all'>): NodeView => {
    let next = current;
    if (change.position) {
      const position = readPosition(ynode.get(NODE_POSITION));
      if (position.x !== current.position.x || position.y !== current.position.y) {
        next = Object.freeze({ id: current.id, type: current.type, position: Object.freeze(position), data: current.data });
      }
    }
    if (change.fields.size === 0) return next;
    const data = getNodeData(ynode);
    return produce(next, (draft) => {
      for (const field of change.fields) {
        if (data?.has(field)) draft.data[field] = readFieldValue(data.get(field));
        else delete draft.data[field];
      }
    });
  };

  const apply = (slice: DocumentSlice): DocumentSlice => {
    if (nodeChanges.size === 0 && edgeChanges.size === 0 && !structureChanged && !fieldsChanged) return slice;
    const pendingNodes = nodeChanges;
    const pendingEdges = edgeChanges;
    const mustDerive = structureChanged || (fieldsChanged && slice.issues.all.length > 0);
    nodeChanges = new Map();
    edgeChanges = new Set();
    structureChanged = fieldsChanged = false;

    // The records are copied once per batch (O(n) pointer copies, far cheaper than a
    // proxy over them); only the touched entries get new objects.
    let nodeViews: Record<string, NodeView> | undefined;
    let nodeIds = slice.nodeIds;
    const removedNodes = new Set<string>();
    for (const [id, change] of pendingNodes) {
      const ynode = nodes.get(id);
      const current = slice.nodes[id];
      let next: NodeView | undefined;
      if (ynode) next = change === 'all' || !current ? freezeNode(readNodeView(id, ynode)) : patchNode(current, ynode, change);
      if (next === current) continue;
      nodeViews ??= copyRecord(slice.nodes);
      if (next) nodeViews[id] = next;
      else delete nodeViews[id];
      if (!current) nodeIds = [...nodeIds, id];
      if (!next) removedNodes.add(id);
    }
    if (removedNodes.size > 0) nodeIds = nodeIds.filter((id) => !removedNodes.has(id));

    let edgeViews: Record<string, EdgeView> | undefined;
    let edgeIds = slice.edgeIds;
    const removedEdges = new Set<string>();
    for (const id of pendingEdges) {
      const current = slice.edges[id];
      const stored = edges.has(id);
      if (!stored && !current) continue;
      edgeViews ??= copyRecord(slice.edges);
      if (!stored) {
        delete edgeViews[id];
        removedEdges.add(id);
        continue;
      }
      if (!current) edgeIds = [...edgeIds, id];
      edgeViews[id] = edgeView(readEdge(id, edges.get(id)), current?.hidden ?? false);
    }
    if (removedEdges.size > 0) edgeIds = edgeIds.filter((id) => !removedEdges.has(id));

    const patched: DocumentSlice =
      nodeViews || edgeViews
        ? freeze({
            ...slice,
            nodes: nodeViews ? freeze(nodeViews) : slice.nodes,
            nodeIds: freeze(nodeIds),
            edges: edgeViews ? freeze(edgeViews) : slice.edges,
            edgeIds: freeze(edgeIds),
          })
        : slice;
    return mustDerive ? derive(patched) : patched;
  };

  return {
    build,
    hasChanges: () => nodeChanges.size > 0 || edgeChanges.size > 0 || structureChanged || fieldsChanged,
    apply,
    destroy: () => {
      nodes.unobserveDeep(noteNodeEvents);
      edges.unobserveDeep(noteEdgeEvents);
    },
  };
};
