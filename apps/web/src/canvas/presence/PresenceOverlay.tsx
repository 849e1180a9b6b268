import { useSyncExternalStore, type CSSProperties } from 'react';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { NODE_WIDTH } from '../placement.js';
import type { FlowNode } from '../flow-nodes.js';
import { usePresenceStore } from './context.js';
import type { PresenceStore } from './presence-store.js';
import type { Peer } from './presence-state.js';
import { toScreen, type Transform } from './view.js';

/*
 * Other people drawn over the canvas, in screen space from React Flow's transform. Each
 * overlay subscribes to the presence store and the transform only: a cursor moving at
 * 30 Hz re-renders a few absolutely positioned divs, never a node card.
 */

const selectTransform = (state: ReactFlowState): Transform => state.transform;
const selectNodes = (state: ReactFlowState) => state.nodes;
const FALLBACK_HEIGHT = 90;

const peerStyle = (peer: Peer, style: CSSProperties = {}): CSSProperties => ({ ...style, ['--peer' as string]: peer.user.colour });

const usePeers = (presence: PresenceStore) => useSyncExternalStore(presence.subscribePeers, presence.getPeers);

const Cursors = ({ presence }: { presence: PresenceStore }) => {
  const peers = usePeers(presence);
  const transform = useStore(selectTransform);
  return peers.map((peer) => {
    if (!peer.cursor) return null;
    const at = toScreen(transform, peer.cursor);
    return (
      <div key={peer.clientId} className="presence-cursor" data-testid="presence-cursor" data-user={peer.user.name} style={peerStyle(peer, { transform: `translate(${at.x}px, ${at.y}px)` })}>
        <svg width="16" height="18" viewBox="0 0 16 18" aria-hidden>
          <path d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.6 10 L13 10 Z" fill="currentColor" stroke="#0c0d10" strokeWidth="1.2" />
        </svg>
        <span className="presence-cursor__name">{peer.user.name}</span>
      </div>
    );
  });
};

/** Outlines of the nodes others selected, and ghosts of the nodes they are dragging, at their live positions. */
const Selections = ({ presence }: { presence: PresenceStore }) => {
  const peers = usePeers(presence);
  const transform = useStore(selectTransform);
  // Node moves re-render this overlay (the outline follows the node); the lookup is read, not subscribed.
  useStore(selectNodes);
  const { nodeLookup } = useStoreApi<FlowNode>().getState();
  const zoom = transform[2];

  const box = (nodeId: string, position?: { x: number; y: number }) => {
    const node = nodeLookup.get(nodeId);
    if (!node) return null;
    const at = toScreen(transform, position ?? node.internals.positionAbsolute);
    const width = (node.measured.width ?? NODE_WIDTH) * zoom;
    const height = (node.measured.height ?? FALLBACK_HEIGHT) * zoom;
    return { transform: `translate(${at.x}px, ${at.y}px)`, width, height };
  };

  return peers.flatMap((peer) => [
    ...peer.selection.map((nodeId, index) => {
      const style = box(nodeId);
      return style ? (
        <div key={`s:${peer.clientId}:${nodeId}`} className="presence-selection" data-testid="presence-selection" data-node-id={nodeId} data-user={peer.user.name} style={peerStyle(peer, style)}>
          {index === 0 && <span className="presence-selection__name">{peer.user.name}</span>}
        </div>
      ) : null;
    }),
    ...Object.entries(peer.drag ?? {}).map(([nodeId, position]) => {
      const style = box(nodeId, position);
      return style ? <div key={`d:${peer.clientId}:${nodeId}`} className="presence-drag" data-testid="presence-drag" data-node-id={nodeId} data-user={peer.user.name} style={peerStyle(peer, style)} /> : null;
    }),
  ]);
};

const FollowingFrame = ({ presence }: { presence: PresenceStore }) => {
  const following = useSyncExternalStore(presence.subscribeFollowing, presence.getFollowing);
  const people = useSyncExternalStore(presence.subscribePeople, presence.getPeople);
  const person = following === null ? undefined : people.find((candidate) => candidate.clientId === following);
  if (!person) return null;
  return (
    <div className="presence-following" data-testid="presence-following" style={{ ['--peer' as string]: person.user.colour }}>
      <span className="presence-following__label">Following {person.user.name} — pan or zoom to stop</span>
    </div>
  );
};

export const PresenceOverlay = () => {
  const presence = usePresenceStore();
  if (!presence) return null;
  return (
    <div className="presence-layer" aria-hidden>
      <Selections presence={presence} />
      <Cursors presence={presence} />
      <FollowingFrame presence={presence} />
    </div>
  );
};
