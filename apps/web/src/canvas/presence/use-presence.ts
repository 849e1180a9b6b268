import { useEffect, useState, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { CollabConnection } from '../collab/collab-connection.js';
import type { FlowNode } from '../flow-nodes.js';
import type { Canvas } from '../store/canvas.js';
import { colourFor } from './colour.js';
import { createPresencePublisher, type LocalAwareness } from './presence-publisher.js';
import { createPresenceStore, type PresenceStore, type RemoteAwareness } from './presence-store.js';
import { sheetCover } from '../fit-view.js';
import { selectPropertiesOpen } from '../store/selectors.js';
import { centreBeside, draggedPositions, viewCentre } from './view.js';

const FOLLOW_ANIMATION_MS = 120;
/*
 * Awareness resends the whole state with every cursor move, so what rides along is capped:
 * a huge selection or drag would otherwise cost kilobytes per message at 25 Hz. Beyond the
 * caps peers see part of it live and the rest when the document changes.
 */
const MAX_SHARED_SELECTION = 200;
const MAX_SHARED_DRAG = 100;

/**
 * Mounts presence for the open canvas (inside the ReactFlowProvider): announces this
 * user's cursor, selection, live drag and view (throttled to 30 Hz), reads everyone
 * else's into a {@link PresenceStore}, and moves the view while following someone. Reads
 * React Flow's store with `subscribe`, never through React state, so nothing here
 * re-renders the canvas.
 */
export const usePresence = (
  canvas: Canvas,
  connection: CollabConnection | null,
  wrapperRef: RefObject<HTMLDivElement | null>,
  me: { id: string; name: string } | null,
): PresenceStore | null => {
  const flow = useStoreApi<FlowNode>();
  const { screenToFlowPosition, setCenter } = useReactFlow<FlowNode>();
  const [store, setStore] = useState<PresenceStore | null>(null);
  const userId = me?.id;
  const userName = me?.name;

  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!connection || !userId || !userName || !wrapper) return;
    const awareness = connection.awareness;
    const presence = createPresenceStore(awareness as unknown as RemoteAwareness);
    const publisher = createPresencePublisher(awareness as unknown as LocalAwareness, { id: userId, name: userName.slice(0, 200), colour: colourFor(userId) });
    setStore(presence);

    // 1. The pointer, in flow coordinates: it stays on the same spot of the graph for everyone.
    const onPointerMove = (event: PointerEvent) => publisher.publish({ cursor: screenToFlowPosition({ x: event.clientX, y: event.clientY }) });
    const onPointerLeave = () => publisher.publish({ cursor: null });
    // Any own pan or zoom (wheel, drag on the pane, the controls, the minimap) stops following.
    const stopFollowing = () => presence.follow(null);
    wrapper.addEventListener('pointermove', onPointerMove);
    wrapper.addEventListener('pointerleave', onPointerLeave);
    wrapper.addEventListener('wheel', stopFollowing, { capture: true, passive: true });
    wrapper.addEventListener('pointerdown', stopFollowing, { capture: true });

    // 2. The selection, from the document store (session state there).
    let selection = canvas.doc.store.getState().selection.nodeIds;
    publisher.publish({ selection: selection.slice(0, MAX_SHARED_SELECTION) });
    const unsubscribeSelection = canvas.doc.store.subscribe((state) => {
      if (state.selection.nodeIds === selection) return;
      selection = state.selection.nodeIds;
      publisher.publish({ selection: selection.slice(0, MAX_SHARED_SELECTION) });
    });

    // 3. The view and live drags, from React Flow's store. The view is the part of the canvas
    //    this person sees: left of a tablet's properties sheet while it is open.
    let dragging = false;
    const coveredRight = () => sheetCover(selectPropertiesOpen(canvas.session.getState()));
    const publishView = () => {
      const { transform, width, height } = flow.getState();
      const visible = width - coveredRight();
      if (visible > 0 && height > 0) publisher.publish({ view: viewCentre(transform, visible, height) });
    };
    publishView();
    const unsubscribeFlow = flow.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) publishView();
      if (state.nodes !== previous.nodes) {
        const drag = draggedPositions(state.nodes, MAX_SHARED_DRAG);
        if (drag) {
          dragging = true;
          publisher.publish({ drag });
        } else if (dragging) {
          // Drag end: the committed move arrives as a document update; drop the preview now.
          dragging = false;
          publisher.publish({ drag: null });
          publisher.flush();
        }
      }
    });

    // 4. Following: the followed peer's view becomes ours whenever it moves.
    let shown: unknown = null;
    const followView = () => {
      const followed = presence.getFollowing();
      const view = followed === null ? null : presence.getPeer(followed)?.view;
      if (!view || view === shown) return;
      shown = view;
      const centre = centreBeside(view, coveredRight());
      void setCenter(centre.x, centre.y, { zoom: view.zoom, duration: FOLLOW_ANIMATION_MS });
    };
    const unsubscribePeers = presence.subscribePeers(followView);
    const unsubscribeFollowing = presence.subscribeFollowing(() => {
      shown = null;
      followView();
    });

    // 5. A tablet's sheet folded or unfolded changes what this person sees: tell the others, and
    //    re-centre on the one followed.
    const unsubscribeSheet = canvas.session.subscribe((state, previous) => {
      if (selectPropertiesOpen(state) === selectPropertiesOpen(previous)) return;
      publishView();
      shown = null;
      followView();
    });

    return () => {
      wrapper.removeEventListener('pointermove', onPointerMove);
      wrapper.removeEventListener('pointerleave', onPointerLeave);
      wrapper.removeEventListener('wheel', stopFollowing, { capture: true });
      wrapper.removeEventListener('pointerdown', stopFollowing, { capture: true });
      unsubscribeSelection();
      unsubscribeFlow();
      unsubscribeSheet();
      unsubscribePeers();
      unsubscribeFollowing();
      publisher.destroy();
      presence.destroy();
      setStore(null);
    };
  }, [canvas, connection, wrapperRef, userId, userName, flow, screenToFlowPosition, setCenter]);

  return store;
};
