import { useCallback, useEffect, useMemo, useState, type DragEvent, type RefObject } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
  type OnConnectEnd,
  type OnConnectStart,
  type Viewport,
} from '@xyflow/react';
import { getInputPort, getOutputPort, nodeTypeNames, type Position } from '@pc/graph';
import { showToast } from '../ui/toasts.js';
import { ConnectionLine } from './ConnectionLine.js';
import { resolveDropOnNode, toRequest, type ConnectionEnd } from './connection-rules.js';
import { createEdgeMapper, type FlowEdge } from './flow-edges.js';
import { syncFlowNodes, type FlowNode } from './flow-nodes.js';
import { NodeCard } from './nodes/NodeCard.js';
import { NODE_TYPE_MIME, NODE_WIDTH } from './placement.js';
import { toGraphDocument } from './store/canvas-document.js';
import type { CanvasState } from './store/canvas-store.js';
import { checkConnection } from '@pc/graph';
import { useCanvas, useCanvasStore } from './store/react.js';
import { useShallow } from 'zustand/react/shallow';

// Module level: a new object here on each render would remount every node.
const nodeTypes = Object.fromEntries(nodeTypeNames.map((name) => [name, NodeCard]));
const minimapColors: Record<string, string> = { character: '#e0795b', scene: '#4f8fe0', shot: '#3fb68b' };
const minimapNodeColor = (node: FlowNode) => minimapColors[node.type ?? ''] ?? '#8b93a7';
const fitViewOptions = { padding: 0.15, maxZoom: 1 };
const LOW_DETAIL_ZOOM = 0.45;
const selectFlowNodes = (state: { nodes: FlowNode[] }) => state.nodes;

// Not the nodes: a field edit must not re-render the canvas. An edge's source type (its
// wire colour) is read at map time; it cannot change without the edge changing too.
const selectEdgeInputs = (state: CanvasState) => ({
  edges: state.document.edges,
  selection: state.session.selection.edgeIds,
  issues: state.session.issues.byEdge,
});

const refuse = (reason: string) => showToast({ tone: 'error', title: 'Connection refused', detail: reason });

/** The React Flow canvas, wired to the canvas store through named commands only. */
export const FlowCanvas = ({ wrapperRef, readOnly = false }: { wrapperRef: RefObject<HTMLDivElement | null>; readOnly?: boolean }) => {
  const store = useCanvasStore();
  const { screenToFlowPosition } = useReactFlow();

  // 1. Nodes: React Flow owns live drag positions and measurements; the document owns
  //    everything else and is synced in whenever nodes or the selection change. A tiny
  //    store rather than useState, so a change handler always applies to the latest array.
  const [flow] = useState(() => {
    const docPositions = new Map<string, Position>();
    const { document, session } = store.getState();
    const nodes = syncFlowNodes([], document.nodes, new Set(session.selection.nodeIds), docPositions);
    return { docPositions, nodes: createStore<{ nodes: FlowNode[] }>()(() => ({ nodes })) };
  });
  const nodes = useStore(flow.nodes, selectFlowNodes);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.document.nodes === previous.document.nodes && state.session.selection.nodeIds === previous.session.selection.nodeIds) return;
        const current = flow.nodes.getState().nodes;
        const next = syncFlowNodes(current, state.document.nodes, new Set(state.session.selection.nodeIds), flow.docPositions);
        if (next !== current) flow.nodes.setState({ nodes: next });
      }),
    [store, flow],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const next = applyNodeChanges(changes, flow.nodes.getState().nodes);
      flow.nodes.setState({ nodes: next });
      const state = store.getState();
      const dropped = changes.filter((c) => c.type === 'position' && c.dragging === false).map((c) => (c as { id: string }).id);
      if (dropped.length > 0) {
        const byId = new Map(next.map((node) => [node.id, node]));
        state.moveNodes(dropped.flatMap((id) => (byId.has(id) ? [{ id, position: byId.get(id)!.position }] : [])));
      }
      if (changes.some((c) => c.type === 'select')) {
        state.select({ nodeIds: next.filter((node) => node.selected).map((node) => node.id), edgeIds: store.getState().session.selection.edgeIds });
      }
    },
    [store, flow],
  );

  // 2. Edges are fully derived; only selection flows back.
  const edgeInputs = useCanvas(useShallow(selectEdgeInputs));
  const mapEdges = useMemo(createEdgeMapper, []);
  const edges = useMemo(
    () => mapEdges(edgeInputs.edges, store.getState().document.nodes, new Set(edgeInputs.selection), edgeInputs.issues),
    [mapEdges, edgeInputs, store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length === 0) return;
      const { selection } = store.getState().session;
      const edgeIds = new Set(selection.edgeIds);
      for (const change of selects) {
        if (change.selected) edgeIds.add(change.id);
        else edgeIds.delete(change.id);
      }
      store.getState().select({ nodeIds: store.getState().session.selection.nodeIds, edgeIds: [...edgeIds] });
    },
    [store],
  );

  // 3. Connections obey @pc/graph's rules, and a refusal says why.
  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>(
    (connection) => {
      if (!connection.sourceHandle || !connection.targetHandle) return false;
      const doc = toGraphDocument(store.getState().document);
      return checkConnection(doc, { source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target, targetHandle: connection.targetHandle }).ok;
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!connection.sourceHandle || !connection.targetHandle) return;
      const result = store.getState().connect({ source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target, targetHandle: connection.targetHandle });
      if (!result.ok) refuse(result.reason);
    },
    [store],
  );

  const onConnectStart = useCallback<OnConnectStart>(
    (_event, { nodeId, handleId, handleType }) => {
      const type = nodeId ? store.getState().document.nodes[nodeId]?.type : undefined;
      const port = type && handleId ? (handleType === 'source' ? getOutputPort(type, handleId) : getInputPort(type, handleId)) : undefined;
      // Set on the DOM, not in React state: CSS dims every port that cannot take this
      // wire without re-rendering a single node.
      const wrapper = wrapperRef.current;
      if (wrapper && port && handleType) {
        wrapper.dataset['connecting'] = port.dataType;
        wrapper.dataset['connectingFrom'] = handleType;
      }
    },
    [store, wrapperRef],
  );

  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, connection) => {
      const wrapper = wrapperRef.current;
      if (wrapper) {
        delete wrapper.dataset['connecting'];
        delete wrapper.dataset['connectingFrom'];
      }
      if (!('fromHandle' in connection) || !connection.fromHandle || !connection.fromNode) return;
      const from: ConnectionEnd = { nodeId: connection.fromNode.id, handleId: connection.fromHandle.id ?? '', handleType: connection.fromHandle.type };
      const doc = toGraphDocument(store.getState().document);
      if (connection.toHandle && connection.isValid === false) {
        const check = checkConnection(doc, toRequest(from, { nodeId: connection.toHandle.nodeId, handleId: connection.toHandle.id ?? '' }));
        if (!check.ok) refuse(check.reason);
        return;
      }
      if (connection.toHandle) return;
      // Dropped on a node's body: connect to the port that fits, or say why none does.
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const target = point ? document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.react-flow__node') : null;
      const targetId = target?.dataset['id'];
      if (!targetId || targetId === from.nodeId) return;
      const resolution = resolveDropOnNode(doc, from, targetId);
      if (!resolution.ok) return refuse(resolution.reason);
      const result = store.getState().connect(resolution.request);
      if (!result.ok) refuse(result.reason);
    },
    [store, wrapperRef],
  );

  // 4. Level of detail: zoomed far out, card details are unreadable anyway; hiding them
  //    (visibility, so sizes and handle positions hold) keeps big graphs fluid. Set on
  //    the DOM when the threshold is crossed, never through React state.
  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      const wrapper = wrapperRef.current;
      const lod = viewport.zoom < LOW_DETAIL_ZOOM ? 'low' : 'full';
      if (wrapper && wrapper.dataset['lod'] !== lod) wrapper.dataset['lod'] = lod;
    },
    [wrapperRef],
  );

  // 5. Palette drops.
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(NODE_TYPE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(NODE_TYPE_MIME);
      if (!type) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      store.getState().addNode(type, { x: point.x - NODE_WIDTH / 2, y: point.y - 24 });
    },
    [screenToFlowPosition, store],
  );

  return (
    <ReactFlow<FlowNode, FlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onConnectStart={onConnectStart}
      onConnectEnd={onConnectEnd}
      isValidConnection={isValidConnection}
      connectionLineComponent={ConnectionLine}
      connectionMode={ConnectionMode.Strict}
      connectionRadius={24}
      onMove={onMove}
      onInit={(instance) => onMove(null, instance.getViewport())}
      onDragOver={readOnly ? undefined : onDragOver}
      onDrop={readOnly ? undefined : onDrop}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      edgesReconnectable={!readOnly}
      deleteKeyCode={null}
      colorMode="dark"
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.1}
      maxZoom={2}
      snapToGrid
      snapGrid={[8, 8]}
      onlyRenderVisibleElements={nodes.length > 300}
      attributionPosition="top-right"
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#2b303b" />
      <Controls position="bottom-left" showInteractive={false} fitViewOptions={fitViewOptions} />
      <MiniMap<FlowNode> position="bottom-right" pannable zoomable nodeColor={minimapNodeColor} nodeStrokeWidth={0} nodeBorderRadius={6} maskColor="rgba(10, 11, 14, 0.6)" ariaLabel="Minimap" />
    </ReactFlow>
  );
};
