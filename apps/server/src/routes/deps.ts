import type { Database } from '@pc/db';
import type { BatchService, WebhookTargetPolicy } from '@pc/engine';
import type { RunServices } from '../runs/services.js';
import type { PasswordHasher } from '../auth/password.js';
import type { SessionSettings } from '../auth/sessions.js';
import type { SignInLimiter } from '../auth/sign-in-limits.js';
import type { CollabService } from '../collab/index.js';
import type { GraphReadCache } from '../graphs/read-cache.js';
import type { GraphResponseCache } from '../graphs/response-cache.js';

/** What route handlers need from the outside world, passed in by `createApp`. */
export interface RouteDeps {
  database: Database;
  /** The clock sessions and keys expire by (tests move it). */
  now: () => Date;
  passwords: PasswordHasher;
  sessions: SessionSettings;
  signInLimiter: SignInLimiter;
  /** The live documents: REST writes go through it, access changes are announced to it. */
  collab: CollabService;
  /**
   * Graph access + revision and list pages reused without the database; every route that
   * writes a graph or a membership tells it (`graphChanged` through collab, which relays it).
   */
  graphReads: GraphReadCache;
  /**
   * Serialised `GET /graphs/{id}` answers by graph, revision and update time: GET fills it,
   * and a PUT leaves its own answer there (the same graph at the revision it wrote).
   */
  graphAnswers: GraphResponseCache;
  /** The run engine, its event bus and the artifact store. */
  runs: RunServices;
  /** Batches: the scheduler's controls, the active-batch cap, the key webhook secrets are encrypted with, where webhooks may point. */
  batches: { service: BatchService; maxActivePerUser: number; secretsKey: () => Promise<Uint8Array>; webhookPolicy: WebhookTargetPolicy };
}
