/**
 * Real-time collaboration: the y-websocket endpoint at /collab/:graphId (docs/collaboration.md).
 */
export { createCollabService, type CollabService, type CollabOptions } from './service.js';
export { CollabCloseCode, shouldReconnect } from './close-codes.js';
export { createLocalRelay, createRedisRelay, type Relay } from './relay.js';
export { COLLAB_TOKEN_TTL_MS } from './collab-token.js';
export type { CollabStatsSnapshot } from './stats.js';
