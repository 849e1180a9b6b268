import type { CollabConnection } from './collab-connection.js';

/** What actions need from the live connection: proof that the server has every local edit. */
export type ServerSync = Pick<CollabConnection, 'confirmSynced'>;
