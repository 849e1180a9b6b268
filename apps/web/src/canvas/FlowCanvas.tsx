import { useCallback, useEffect, useMemo, useState, type DragEvent, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
  type OnConnectEnd,
  type OnConnectStart,
  type OnNodeDrag,
} from '@xyflow/react';
import type { DocumentState } from '@pc/document';
import { checkConnection, getInputPort, getOutputPort, nodeTypeNames, type Position, type ProposedConnection } from '@pc/graph';
import { showToast } from '../ui/toasts.js';
import { ConnectionLine } from './ConnectionLine.js';
import { resolveDropOnNode, toRequest, type ConnectionEnd } from './connection-rules.js';
import { createEdgeMapper, type FlowEdge } from './flow-edges.js';
import { resetToDocument, syncFlowNodes, type FlowNode } from './flow-nodes.js';
import { DetailLevelProvider, useDetailLevel } from './nodes/detail-level.js';
import { NodeCard } from './nodes/NodeCard.js';
import { useRovingCardFocus } from './card-focus.js';
import { useFitAll } from './fit-view.js';
import { useKeepGrownCardClear } from './use-grown-card.js';
import { CanvasMinimap } from './minimap/CanvasMinimap.js';
import { OffscreenTabStop } from './offscreen-tab-stop.js';
import { NODE_TYPE_MIME, NODE_WIDTH } from './placement.js';
import { useLandingArea } from './use-landing-area.js';
import { useCanvas, useDocument } from './store/react.js';
import { openQuickAdd } from './store/session-store.js';
import { getVisibleGraph } from './visible-graph.js';

/** React Flow's own Fit View icon (not exported), so the zoom buttons keep one look. */
const FIT_VIEW_ICON =
  'M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z';

/** The dot grid; zoomed far out its dots are a blur of specks that cost a repaint per frame. */
const CanvasBackground = () =>
  useDetailLevel() === 'low' ? null : <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#2b303b" />;

// Module level: a new object here on each render would remount every node.
const nodeTypes = Object.fromEntries(nodeTypeNames.map((name) => [name, NodeCard]));
const snapGrid: [number, number] = [8, 8];
const ONLY_VISIBLE_ABOVE = 300;
// Shift-click adds to the selection (Ctrl/⌘-click too); Shift-drag on the pane draws a box.
const multiSelectionKeys = ['Shift', 'Meta', 'Control'];
const selectFlowNodes = (state: { nodes: FlowNode[] }) => state.nodes;

// Not the nodes: a field edit must not re-render the canvas. An edge's source type (its
// wire colour) is read at map time; it cannot change without the edge changing too.
const selectEdgeInputs = (state: DocumentState) => ({
  edgeIds: state.edgeIds,
  edges: state.edges,
  selection: state.selection.edgeIds,
  issues: state.issues.edges,
});

const refuse = (reason: string) => showToast({ tone: 'error', title: 'Connection refused', detail: reason });

const asRequest = (connection: Connection): ProposedConnection | null =>
  connection.sourceHandle && connection.targetHandle
    ? { source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target, targetHandle: connection.targetHandle }
    : null;

/**
 * The React Flow canvas on the document store. Live drag positions stay in React Flow and
 * become one MoveNodes at drag end; every other write is a command; selection is the
 * store's session state.
 */
export const FlowCanvas = ({ wrapperRef, readOnly = false }: { wrapperRef: RefObject<HTMLDivElement | null>; readOnly?: boolean }) => {
  const canvas = useCanvas();
  const { doc } = canvas;
  const { screenToFlowPosition } = useReactFlow();
  const { options: fitOptions, fitAll } = useFitAll();
  const landing = useLandingArea();

  // 1. Nodes: React Flow owns live drag positions and measurements; the document store
  //    owns everything else and is synced in whenever nodes or the selection change. A
  //    tiny store rather than useState, so a change handler always applies to the latest array.
  const [flow] = useState(() => {
    const docPositions = new Map<string, Position>();
    const state = doc.store.getState();
    const nodes = syncFlowNodes([], state, new Set(state.selection.nodeIds), docPositions);
    return { docPositions, nodes: createStore<{ nodes: FlowNode[] }>()(() => ({ nodes })) };
  });
  const nodes = useStore(flow.nodes, selectFlowNodes);
  // Fit a graph that opens with cards. An empty one is not fitted later around its first card:
  // that moved the card the palette had just placed, and the next one landed on the wrong side of it.
  const [fitOnOpen] = useState(() => nodes.length > 0);
  const onCardFocus = useRovingCardFocus(wrapperRef, nodes, canvas);
  // Past this many cards only those in view are drawn (React Flow's onlyRenderVisibleElements).
  const onlyVisible = nodes.length > ONLY_VISIBLE_ABOVE;
  const tabStop = onlyVisible ? nodes.find((node) => node.focusable)?.id : undefined;

  useEffect(
    () =>
      doc.store.subscribe((state, previous) => {
        if (state.nodes === previous.nodes && state.nodeIds === previous.nodeIds && state.selection.nodeIds === previous.selection.nodeIds) return;
        const current = flow.nodes.getState().nodes;
        const next = syncFlowNodes(current, state, new Set(state.selection.nodeIds), flow.docPositions);
        if (next !== current) flow.nodes.setState({ nodes: next });
      }),
    [doc, flow],
  );

  const keepGrownCardClear = useKeepGrownCardClear();
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const previous = flow.nodes.getState().nodes;
      const next = applyNodeChanges(changes, previous);
      flow.nodes.setState({ nodes: next });
      keepGrownCardClear.follow(changes, previous);
      if (changes.some((change) => change.type === 'select')) {
        doc.select({ nodeIds: next.filter((node) => node.selected).map((node) => node.id), edgeIds: doc.store.getState().selection.edgeIds });
      }
    },
    [doc, flow, keepGrownCardClear],
  );

  // A gesture is one undo step, and the document sees only its end.
  const onNodeDragStart = useCallback<OnNodeDrag<FlowNode>>(() => doc.stopCapturing(), [doc]);
  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>(
    (_event, _node, dragged) => {
      const live = new Map(flow.nodes.getState().nodes.map((node) => [node.id, node.position]));
      const moves = dragged.map((node) => ({ id: node.id, position: live.get(node.id) ?? node.position }));
      const result = canvas.execute({ kind: 'MoveNodes', moves });
      if (!result.ok) {
        const current = flow.nodes.getState().nodes;
        flow.nodes.setState({ nodes: resetToDocument(current, doc.store.getState(), new Set(moves.map((move) => move.id))) });
      }
    },
    [canvas, doc, flow],
  );

  // 2. Edges are fully derived; only selection flows back.
  const edgeInputs = useDocument(useShallow(selectEdgeInputs));
  const mapEdges = useMemo(createEdgeMapper, []);
  const edges = useMemo(
    () => mapEdges({ ...edgeInputs, nodes: doc.store.getState().nodes, issues: { edges: edgeInputs.issues } }, new Set(edgeInputs.selection)),
    [mapEdges, edgeInputs, doc],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const { selection } = doc.store.getState();
      const edgeIds = new Set(selection.edgeIds);
      for (const change of selects) {
        if (change.selected) edgeIds.add(change.id);
        else edgeIds.delete(change.id);
      }
      doc.select({ nodeIds: doc.store.getState().selection.nodeIds, edgeIds: [...edgeIds] });
    },
    [doc],
  );

  // 3. Connections obey @pc/graph's rules on the visible graph, and a refusal says why.
  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>(
    (connection) => {
      const request = asRequest(connection as Connection);
      return request !== null && checkConnection(getVisibleGraph(doc.store.getState()), request).ok;
    },
    [doc],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const request = asRequest(connection);
      if (request) canvas.execute({ kind: 'Connect', ...request });
    },
    [canvas],
  );

  const onConnectStart = useCallback<OnConnectStart>(
    (_event, { nodeId, handleId, handleType }) => {
      const type = nodeId ? doc.store.getState().nodes[nodeId]?.type : undefined;
      const port = type && handleId ? (handleType === 'source' ? getOutputPort(type, handleId) : getInputPort(type, handleId)) : undefined;
      // Set on the DOM, not in React state: CSS dims every port that cannot take this
      // wire without re-rendering a single node.
      const wrapper = wrapperRef.current;
      if (wrapper && port && handleType) {
        wrapper.dataset['connecting'] = port.dataType;
        wrapper.dataset['connectingFrom'] = handleType;
      }
    },
    [doc, wrapperRef],
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
      const graph = getVisibleGraph(doc.store.getState());
      if (connection.toHandle && connection.isValid === false) {
        const check = checkConnection(graph, toRequest(from, { nodeId: connection.toHandle.nodeId, handleId: connection.toHandle.id ?? '' }));
        if (!check.ok) refuse(check.reason);
        return;
      }
      if (connection.toHandle) return;
      // Dropped on a node's body: connect to the port that fits, or say why none does.
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const target = point ? document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.react-flow__node') : null;
      const targetId = target?.dataset['id'];
      if (!targetId || targetId === from.nodeId) return;
      const resolution = resolveDropOnNode(graph, from, targetId);
      if (!resolution.ok) return refuse(resolution.reason);
      canvas.execute({ kind: 'Connect', ...resolution.request });
    },
    [canvas, doc, wrapperRef],
  );

  // 4. Palette drops, and quick-add on a double-click of the empty canvas.
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
      // Under the pointer, moved in from the canvas's edges (new-card.ts).
      canvas.execute({ kind: 'AddNodes', nodes: [{ type, position: landing.clamp({ x: point.x - NODE_WIDTH / 2, y: point.y - 24 }) }] });
    },
    [screenToFlowPosition, canvas, landing],
  );

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      const target = event.target as HTMLElement;
      const rect = wrapperRef.current?.getBoundingClientRect();
      if (!rect || !target.classList.contains('react-flow__pane')) return;
      openQuickAdd(canvas.session, {
        screen: { x: event.clientX - rect.left, y: event.clientY - rect.top },
        flow: screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      });
    },
    [canvas, screenToFlowPosition, wrapperRef],
  );

  // 5. Cards draw at the zoom's level of detail (nodes/detail-level.tsx).
  return (
    <DetailLevelProvider wrapperRef={wrapperRef}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onMoveStart={keepGrownCardClear.onMoveStart}
        onMoveEnd={keepGrownCardClear.onMoveEnd}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionLineComponent={ConnectionLine}
        connectionMode={ConnectionMode.Strict}
        connectionRadius={24}
        onDragOver={readOnly ? undefined : onDragOver}
        onDrop={readOnly ? undefined : onDrop}
        onDoubleClick={readOnly ? undefined : onDoubleClick}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        zoomOnDoubleClick={false}
        // The canvas keyboard is ours (shortcuts/): React Flow's delete, Space-to-pan and
        // arrow-key moves would bypass the command bus.
        deleteKeyCode={null}
        panActivationKeyCode={null}
        disableKeyboardA11y
        // With React Flow's keys off a focused card or wire does nothing: hundreds of dead Tab
        // stops between the palette and the properties panel. One card is focusable instead
        // (flow-nodes.ts, card-focus.ts): Tab reaches it, Alt+arrows and Find go on from there.
        nodesFocusable={false}
        onFocus={onCardFocus}
        edgesFocusable={false}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectionKeys}
        colorMode="dark"
        fitView={fitOnOpen}
        fitViewOptions={fitOptions}
        minZoom={0.1}
        maxZoom={2}
        snapToGrid
        snapGrid={snapGrid}
        onlyRenderVisibleElements={onlyVisible}
        attributionPosition="top-right"
      >
        {/* Right after the cards in the DOM: where the card's own Tab stop would be. */}
        {tabStop && <OffscreenTabStop nodeId={tabStop} wrapperRef={wrapperRef} />}
        <CanvasBackground />
        <Controls position="bottom-left" showInteractive={false} showFitView={false}>
          {/* The toolbar's Fit view (the menu's on a phone) is the one read out and tabbed to; this
              one is for a pointer or a finger by the zoom buttons, and fits as it does. */}
          <ControlButton className="react-flow__controls-fitview" onClick={fitAll} title="Fit view" aria-hidden tabIndex={-1} data-testid="controls-fit-view">
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden>
              <path d={FIT_VIEW_ICON} />
            </svg>
          </ControlButton>
        </Controls>
        <CanvasMinimap />
      </ReactFlow>
    </DetailLevelProvider>
  );
};
