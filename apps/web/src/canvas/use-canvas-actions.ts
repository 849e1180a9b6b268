import { useMemo, useRef, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { NodeSize } from '@pc/document';
import type { Position } from '@pc/graph';
import { createCanvasActions, type CanvasActions } from './canvas-actions.js';
import type { FlowNode } from './flow-nodes.js';
import type { ServerSync } from './collab/server-sync.js';
import type { Canvas } from './store/canvas.js';

const fitAfterLayout = { padding: 0.15, maxZoom: 1, duration: 300 };

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
  const { screenToFlowPosition, getNodes, fitView } = useReactFlow<FlowNode>();
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
        onArranged: () => void fitView(fitAfterLayout),
      }),
    [canvas, wrapperRef, screenToFlowPosition, getNodes, fitView],
  );

  const onPointerMove = useMemo(
    () => (event: { clientX: number; clientY: number }) => {
      pointer.current = { x: event.clientX, y: event.clientY };
    },
    [],
  );
  return { actions, onPointerMove };
};
