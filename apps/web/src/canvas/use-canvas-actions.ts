import { useMemo, useRef, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { DEFAULT_NODE_SIZE, type NodeSize } from '@pc/document';
import type { Position } from '@pc/graph';
import { announce } from '../ui/announcer.js';
import { createCanvasActions, type CanvasActions } from './canvas-actions.js';
import type { FlowNode } from './flow-nodes.js';
import type { ServerSync } from './collab/server-sync.js';
import { centreBesideSheet, sheetCover, useFitAll } from './fit-view.js';
import { selectPropertiesOpen } from './store/selectors.js';
import type { Canvas } from './store/canvas.js';
import type { WalkNode } from './walk/walk.js';
import { createWalk } from './walk/walk-actions.js';

/** A node this close to the view's edge (screen px) is scrolled to by the keyboard walk. */
const REVEAL_MARGIN = 40;

/**
 * The canvas actions bound to this React Flow instance: the pointer (tracked in client
 * coordinates and converted when used, so a paste lands under the pointer even after a
 * pan), measured sizes and fit-view. Returns the actions and a pointer-move handler for
 * the canvas wrapper.
 */
export const useCanvasActions = (
  canvas: Canvas,
  connection: ServerSync | null,
  wrapperRef: RefObject<HTMLDivElement | null>,
): { actions: CanvasActions; onPointerMove: (event: { clientX: number; clientY: number }) => void } => {
  const { screenToFlowPosition, getNodes, setCenter } = useReactFlow<FlowNode>();
  // Read at call time: whether the tablet sheet is open changes the room a fit leaves.
  const { fitAll: fitAllNow } = useFitAll();
  const fitAll = useRef(fitAllNow);
  fitAll.current = fitAllNow;
  const flow = useStoreApi<FlowNode>();
  const pointer = useRef<Position | null>(null);
  const connectionRef = useRef(connection);
  connectionRef.current = connection;

  const actions = useMemo(
    () =>
      createCanvasActions({
        canvas,
        getConnection: () => connectionRef.current,
        getPointer: () => {
          const rect = wrapperRef.current?.getBoundingClientRect() ?? { left: 0, top: 0, width: 0, height: 0 };
          const client = pointer.current ?? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          return { screen: { x: client.x - rect.left, y: client.y - rect.top }, flow: screenToFlowPosition(client) };
        },
        getSizes: () => {
          const sizes: Record<string, NodeSize> = {};
          for (const node of getNodes()) {
            if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
          }
          return sizes;
        },
        onArranged: () => fitAll.current(),
        walk: createWalk({
          canvas,
          getNodes: () => getNodes().map(toWalkNode),
          getViewCentre: () => {
            const { transform, width, height } = flow.getState();
            return { x: (width / 2 - transform[0]) / transform[2], y: (height / 2 - transform[1]) / transform[2] };
          },
          reveal: (nodeId) => {
            const node = getNodes().find((each) => each.id === nodeId);
            if (!node) return;
            const box = toWalkNode(node);
            const { transform, width, height } = flow.getState();
            const [x, y, zoom] = transform;
            const left = box.x * zoom + x;
            const top = box.y * zoom + y;
            // A card under the open tablet sheet is out of sight too: reveal it beside the sheet.
            const cover = sheetCover(selectPropertiesOpen(canvas.session.getState()));
            const inView = left >= REVEAL_MARGIN && top >= REVEAL_MARGIN && left + box.width * zoom <= width - cover - REVEAL_MARGIN && top + box.height * zoom <= height - REVEAL_MARGIN;
            if (!inView) void setCenter(centreBesideSheet(box.x + box.width / 2, cover, zoom), box.y + box.height / 2, { zoom, duration: 200 });
          },
          announce,
        }),
      }),
    [canvas, wrapperRef, screenToFlowPosition, getNodes, setCenter, flow],
  );

  const onPointerMove = useMemo(
    () => (event: { clientX: number; clientY: number }) => {
      pointer.current = { x: event.clientX, y: event.clientY };
    },
    [],
  );
  return { actions, onPointerMove };
};

const toWalkNode = (node: FlowNode): WalkNode => ({
  id: node.id,
  x: node.position.x,
  y: node.position.y,
  width: node.measured?.width ?? DEFAULT_NODE_SIZE.width,
  height: node.measured?.height ?? DEFAULT_NODE_SIZE.height,
});
