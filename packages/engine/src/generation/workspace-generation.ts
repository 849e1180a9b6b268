import { findDefaultWorkspaceBackend, getOrCreateServerSecret, type Db } from '@pc/db';
import {
  BackendConfigSchema,
  createBackend,
  createCircuitBreakers,
  readSecretsKey,
  type CircuitBreakers,
  type GenerationBackend,
} from '@pc/functions';
import { canonicalJson, sha256Hex } from '@pc/graph';
import { Lru } from '../runs/lru.js';
import { backendLookup, backendSecretEnv, backendUrlCheck, NO_BACKEND_ACCESS, vetBackendConfig, type BackendAccess } from './backend-target.js';

/** A workspace's generation back end as a run uses it. */
export interface WorkspaceGeneration {
  /** Changes whenever the back end or its config does: part of the cache key of the nodes that generate. */
  fingerprint: string;
  /** The ready back end (secrets resolved, timeouts, retries and the circuit breaker applied). */
  backend(): Promise<GenerationBackend>;
}

/** Where runs find a workspace's generation back end. */
export interface GenerationSource {
  /** The workspace's default back end, or undefined: the built-in frame is drawn instead. */
  forWorkspace(workspaceId: string): Promise<WorkspaceGeneration | undefined>;
}

export interface WorkspaceGenerationOptions {
  /** Environment variables `{env: NAME}` secret references read (`process.env`). */
  env: Record<string, string | undefined>;
  /** The key of `{encrypted}` secrets, asked for when a back end is first built (see {@link loadSecretsKey}). */
  secretsKey: () => Promise<Uint8Array>;
  /** One registry per process, so every run sees the same breaker per back end. */
  breakers?: CircuitBreakers;
  /** Where back ends may be and which variables `{env}` may name (BACKEND_ALLOW_PRIVATE, BACKEND_SECRET_ENV); default public addresses and no variables. */
  access?: BackendAccess;
}

/** The per-workspace context secrets are authenticated with: a blob copied to another workspace does not decrypt. */
export const secretContext = (workspaceId: string): string => `workspace:${workspaceId}`;

/**
 * Generation back ends from the `workspace_backends` table: one read of the default row
 * per call (a changed config applies to the next run at once), and one built back end per
 * fingerprint, reused by every job that generates with it.
 */
export const createWorkspaceGeneration = (db: Db, options: WorkspaceGenerationOptions): GenerationSource => {
  const breakers = options.breakers ?? createCircuitBreakers({ failureThreshold: 5, openMs: 30_000 });
  const built = new Lru<string, Promise<GenerationBackend>>(32);
  return {
    async forWorkspace(workspaceId) {
      const row = await findDefaultWorkspaceBackend(db, workspaceId);
      if (!row) return undefined;
      const fingerprint = sha256Hex(canonicalJson({ id: row.id, version: row.version, config: row.config }));
      return {
        fingerprint,
        backend() {
          const known = built.get(fingerprint);
          if (known) return known;
          const config = BackendConfigSchema.parse(row.config);
          const access = options.access ?? NO_BACKEND_ACCESS;
          const creating = vetBackendConfig(config, access)
            .then(() => options.secretsKey())
            .then((key) =>
              createBackend(config, {
                secrets: { env: backendSecretEnv(options.env, access.secretEnv), key, context: secretContext(workspaceId) },
                breakers,
                checkUrl: backendUrlCheck(access),
                lookup: backendLookup(access),
              }),
            );
          // A failure (a secret that no longer resolves) is not remembered.
          creating.catch(() => built.delete(fingerprint));
          built.set(fingerprint, creating);
          return creating;
        },
      };
    },
  };
};

const randomKey = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64');

/**
 * The key back-end secrets are encrypted with: `SECRETS_KEY` (32 bytes, base64) when set,
 * else one generated on first start and kept in `server_secrets`, shared by every server
 * and worker. Setting SECRETS_KEY keeps the key out of the database (recommended).
 * @throws {SecretError} when SECRETS_KEY is set but not 32 bytes of base64.
 */
export const loadSecretsKey = async (db: Db, secretsKey: string | undefined): Promise<Uint8Array> =>
  readSecretsKey(secretsKey ?? (await getOrCreateServerSecret(db, 'secrets-key', randomKey)));
