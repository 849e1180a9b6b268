import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { Panel, useReactFlow, useStore, useStoreApi, type PanelPosition, type ReactFlowState } from '@xyflow/react';
import { Map as MapIcon, X } from 'lucide-react';
import { useUserPreference } from '../../ui/user-preference.js';
import { boundsOf, fitFrame, layerTransform, maskPath, minimapSize, toFlowPoint, visibleRect, type MinimapFrame, type Size } from './geometry.js';
import { paintNodeLayer, toNodeLayer, type NodeLayer } from './node-layer.js';

const PADDING = 5;
/** Pointer travel (px) that turns a click into a drag. */
const DRAG_THRESHOLD = 3;

const selectNodes = (state: ReactFlowState) => state.nodes;
const selectCanvasSize = (state: ReactFlowState) => minimapSize({ width: state.width, height: state.height });
const choices = ['open', 'folded'] as const;

const wheelFactor = (event: WheelEvent) => (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);

/**
 * The minimap, in two layers so a pan or zoom repaints almost nothing: the nodes are
 * painted once into a <canvas> whenever React Flow's nodes change, and the viewport only
 * moves that bitmap (a CSS transform) and redraws one mask path. React Flow's <MiniMap>
 * re-rasters one SVG rect per node on every frame of a gesture, which cost more than the
 * whole canvas at 1,000 nodes (docs/benchmarks.md).
 *
 * Drag on it to pan, click to centre the view there, wheel to zoom.
 */
export const CanvasMinimap = ({ position = 'bottom-right', ariaLabel = 'Minimap' }: { position?: PanelPosition; ariaLabel?: string }) => {
  const [shown, setShown] = useUserPreference('minimap', choices, 'open');
  const size = useStore(selectCanvasSize);
  if (shown === 'folded') {
    return (
      <Panel position={position} className="canvas-minimap-toggle">
        <button type="button" className="icon-button" aria-label="Show minimap" title="Show minimap" data-testid="minimap-show" onClick={() => setShown('open')}>
          <MapIcon size={16} aria-hidden />
        </button>
      </Panel>
    );
  }
  return <MinimapSurface position={position} ariaLabel={ariaLabel} size={size} onFold={() => setShown('folded')} />;
};

/** The open minimap at `size` (it shrinks on a small canvas: minimapSize). */
const MinimapSurface = ({ position, ariaLabel, size, onFold }: { position: PanelPosition; ariaLabel: string; size: Size; onFold: () => void }) => {
  const store = useStoreApi();
  const nodes = useStore(selectNodes);
  const { setViewport, setCenter, zoomTo } = useReactFlow();
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const maskRef = useRef<SVGPathElement>(null);
  const layer = useMemo(() => toNodeLayer(nodes), [nodes]);
  const drawn = useRef<{ layer: NodeLayer; frame: MinimapFrame | null } | null>(null);
  const shownFrame = useRef<MinimapFrame | null>(null);

  // 1. Per viewport change: fit nodes and view together, move the bitmap, cut the mask.
  const place = useCallback(() => {
    const { transform, width, height } = store.getState();
    const view = visibleRect(transform, { width, height });
    const nodeBounds = drawn.current?.layer.bounds;
    const frame = fitFrame(nodeBounds ? (boundsOf([nodeBounds, view]) ?? view) : view, size, PADDING);
    shownFrame.current = frame;
    const painted = drawn.current?.frame;
    if (canvasRef.current && painted) canvasRef.current.style.transform = layerTransform(painted, frame);
    maskRef.current?.setAttribute('d', maskPath(frame, view, size));
  }, [store, size]);

  // 2. Per nodes change (or size change): repaint the bitmap in the frame that fits the nodes
  //    alone (the largest scale they are ever shown at, so the bitmap is only ever shrunk).
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const frame = layer.bounds ? fitFrame(layer.bounds, size, PADDING) : null;
    drawn.current = { layer, frame };
    if (canvas) {
      if (frame) paintNodeLayer(canvas, layer, frame, size, window.devicePixelRatio || 1);
      else canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    }
    place();
  }, [layer, place, size]);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) place();
      }),
    [store, place],
  );

  // 3. Wheel zooms the canvas (a native listener: React's wheel listeners are passive).
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const zoom = store.getState().transform[2];
      void zoomTo(zoom * 2 ** (-event.deltaY * wheelFactor(event)));
    };
    root.addEventListener('wheel', onWheel, { passive: false });
    return () => root.removeEventListener('wheel', onWheel);
  }, [store, zoomTo]);

  // 4. Drag pans (the view rect follows the pointer); a click centres the view there.
  const gesture = useRef<{ pointerId: number; start: { x: number; y: number }; last: { x: number; y: number }; dragging: boolean } | null>(null);

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = { x: event.clientX, y: event.clientY };
    gesture.current = { pointerId: event.pointerId, start: point, last: point, dragging: false };
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const current = gesture.current;
    const frame = shownFrame.current;
    if (!current || current.pointerId !== event.pointerId || !frame) return;
    if (!current.dragging && Math.hypot(event.clientX - current.start.x, event.clientY - current.start.y) < DRAG_THRESHOLD) return;
    current.dragging = true;
    const [x, y, zoom] = store.getState().transform;
    const dx = ((event.clientX - current.last.x) / frame.scale) * zoom;
    const dy = ((event.clientY - current.last.y) / frame.scale) * zoom;
    current.last = { x: event.clientX, y: event.clientY };
    void setViewport({ x: x - dx, y: y - dy, zoom });
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLDivElement>) => {
    const current = gesture.current;
    gesture.current = null;
    const frame = shownFrame.current;
    if (!current || current.pointerId !== event.pointerId || current.dragging || !frame) return;
    const box = event.currentTarget.getBoundingClientRect();
    const target = toFlowPoint(frame, { x: event.clientX - box.left, y: event.clientY - box.top });
    void setCenter(target.x, target.y, { zoom: store.getState().transform[2] });
  };

  return (
    <Panel position={position} className="react-flow__minimap canvas-minimap">
      <div
        ref={rootRef}
        className="canvas-minimap__surface"
        role="img"
        aria-label={ariaLabel}
        data-testid="canvas-minimap"
        data-nodes={layer.nodes.length}
        style={size}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (gesture.current = null)}
      >
        <canvas ref={canvasRef} className="canvas-minimap__nodes" style={size} />
        <svg className="canvas-minimap__mask" width={size.width} height={size.height} aria-hidden="true">
          <path ref={maskRef} className="react-flow__minimap-mask" fillRule="evenodd" />
        </svg>
      </div>
      <button type="button" className="canvas-minimap__fold" aria-label="Hide minimap" title="Hide minimap" data-testid="minimap-hide" onClick={onFold}>
        <X size={12} aria-hidden />
      </button>
    </Panel>
  );
};
