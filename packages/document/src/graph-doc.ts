import * as Y from 'yjs';
import {
  emptyGraphDocument,
  GRAPH_SCHEMA_VERSION,
  graphDocumentSchema,
  sameJsonValue,
  type GraphDocument,
  type GraphEdge,
  type GraphNode,
} from '@pc/graph';
import { getCollaborativeTextFields } from './model/fields.js';
import { readEdge, readNodeData, readNodeType } from './model/read.js';
import {
  getEdgesMap,
  getMetaMap,
  getNodeData,
  getNodesMap,
  NODE_POSITION,
  readPosition,
  SERVER_ORIGIN,
  type YNode,
} from './model/schema.js';
import { createYNode, sameEdge, toEdgeValue, writeField, writePosition } from './model/write.js';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A new Y.Doc holding `graph` (an empty graph when omitted), written in one transaction
 * under {@link SERVER_ORIGIN}.
 *
 * For the server and for tests. A client never seeds a document: it starts from an empty
 * `new Y.Doc()` and syncs, because two peers seeding at once would both add their content.
 *
 * @example
 * const ydoc = createGraphDoc(await loadRevision(graphId));
 */
export const createGraphDoc = (graph?: GraphDocument): Y.Doc => {
  const ydoc = new Y.Doc();
  loadGraphDocument(ydoc, graph ?? emptyGraphDocument());
  return ydoc;
};

const updateNode = (ynode: YNode, node: GraphNode): void => {
  writePosition(ynode, node.position);
  const data = getNodeData(ynode);
  if (!data) return;
  // forEach, not keys(): Yjs's iterators cost more than the rest of an unchanged node.
  const gone: string[] = [];
  data.forEach((_value, field) => {
    if (!Object.hasOwn(node.data, field)) gone.push(field);
  });
  for (const field of gone) data.delete(field);
  for (const [field, value] of Object.entries(node.data)) writeField(data, node.type, field, value);
};

/**
 * Makes the document equal to `graph` through the smallest set of changes, in one
 * transaction: nodes and edges that are gone are deleted, new ones added, and changed
 * fields rewritten (text through a minimal diff). Existing nodes keep their Y.Map, so a
 * restore or a REST write merges with what collaborators are doing instead of replacing
 * the document under them. A node whose type changed is deleted and re-created.
 *
 * @param graph - GraphJSON; parsed with `graphDocumentSchema` (throws a ZodError if invalid).
 * @param origin - the transaction origin; {@link SERVER_ORIGIN} by default, which no
 * user's undo tracks.
 * @remarks O(nodes + edges + changed text).
 */
export const loadGraphDocument = (ydoc: Y.Doc, graph: GraphDocument, origin: unknown = SERVER_ORIGIN): void =>
  applyParsedGraphDocument(ydoc, graphDocumentSchema.parse(graph), origin);

/**
 * {@link loadGraphDocument} for a document that already passed `graphDocumentSchema` (a
 * validated request body, a stored revision): the same diff without parsing 1,000 nodes again.
 *
 * `known`: a document the Y.Doc is known to equal (the last one applied to it, nothing else
 * applied since). Nodes and edges equal to their `known` counterpart are then skipped
 * without reading the Y.Doc: for a REST write that moves one node of 1,000, reading every
 * node's Y.Map back was most of the diff. A wrong `known` makes a wrong diff.
 */
export const applyParsedGraphDocument = (ydoc: Y.Doc, parsed: GraphDocument, origin: unknown = SERVER_ORIGIN, known?: GraphDocument): void => {
  const nodes = getNodesMap(ydoc);
  const edges = getEdgesMap(ydoc);
  const meta = getMetaMap(ydoc);
  const knownNodes = known && new Map(known.nodes.map((node) => [node.id, node]));
  const knownEdges = known && new Map(known.edges.map((edge) => [edge.id, edge]));
  ydoc.transact(() => {
    if (meta.get('schemaVersion') !== GRAPH_SCHEMA_VERSION) meta.set('schemaVersion', GRAPH_SCHEMA_VERSION);

    const wantedNodes = new Map(parsed.nodes.map((node) => [node.id, node]));
    const goneNodes: string[] = [];
    const noteGoneNode = (_node: unknown, id: string) => {
      if (!wantedNodes.has(id)) goneNodes.push(id);
    };
    if (knownNodes) knownNodes.forEach(noteGoneNode);
    else nodes.forEach(noteGoneNode);
    for (const id of goneNodes) nodes.delete(id);
    for (const node of wantedNodes.values()) {
      if (knownNodes && sameJsonValue(node, knownNodes.get(node.id))) continue;
      const existing = nodes.get(node.id);
      if (existing && readNodeType(existing) === node.type && getNodeData(existing)) {
        updateNode(existing, node);
        continue;
      }
      if (existing) nodes.delete(node.id);
      createYNode(nodes, node, getCollaborativeTextFields(node.type));
    }

    const wantedEdges = new Map(parsed.edges.map((edge) => [edge.id, edge]));
    const goneEdges: string[] = [];
    if (knownEdges) {
      knownEdges.forEach((edge, id) => {
        if (!sameJsonValue(edge, wantedEdges.get(id))) goneEdges.push(id);
      });
    } else {
      edges.forEach((value, id) => {
        const wanted = wantedEdges.get(id);
        if (!wanted || !sameEdge(value, toEdgeValue(wanted))) goneEdges.push(id);
      });
    }
    for (const id of goneEdges) edges.delete(id);
    for (const edge of wantedEdges.values()) {
      if (!edges.has(edge.id)) edges.set(edge.id, toEdgeValue(edge));
    }
  }, origin);
};

/**
 * The document as GraphJSON: every node and edge as stored, including edges the derived
 * view hides (run {@link deriveView} or the server's repair first when that matters).
 * Nodes and edges are sorted by id and data keys by name, so two converged peers produce
 * equal values. Collaborative text reads as a string.
 *
 * @remarks O(nodes + edges + text). This is a projection for REST, revisions and tests;
 * the canvas reads the incremental store instead.
 */
export const toGraphDocument = (ydoc: Y.Doc): GraphDocument => {
  const nodes: GraphNode[] = [];
  getNodesMap(ydoc).forEach((ynode, id) => {
    // fromEntries defines properties, so a field called `__proto__` stays a field.
    const data = Object.fromEntries(Object.entries(readNodeData(ynode)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    nodes.push({ id, type: readNodeType(ynode), position: { ...readPosition(ynode.get(NODE_POSITION)) }, data });
  });
  const edges: GraphEdge[] = [];
  getEdgesMap(ydoc).forEach((value, id) => edges.push(readEdge(id, value)));
  return { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: nodes.sort(byId), edges: edges.sort(byId) };
};
