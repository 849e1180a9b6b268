import type { Db } from '@pc/db';
import { z } from 'zod';
import { createDbArtifactStore, type ArtifactStore } from './artifact-store.js';
import { createS3ArtifactStore, type S3Settings } from './s3-artifact-store.js';

/** Blank variables count as unset (compose files and shells produce them). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * The artifact-store variables, shared by the server's and the worker's environment:
 * `ARTIFACT_STORE=db` (default) or `s3` with the `S3_*` settings, all required but the
 * region (`us-east-1`) and path style (`false`).
 */
export const artifactStoreEnvVars = z.object({
    ARTIFACT_STORE: optional(z.enum(['db', 's3'])),
    S3_ENDPOINT: optional(z.url({ protocol: /^https?$/ })),
    S3_BUCKET: optional(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name (3–63 lower-case letters, digits, "." and "-")')),
    S3_REGION: optional(z.string().regex(/^[a-z0-9-]{1,32}$/, 'a region such as us-east-1')),
    S3_ACCESS_KEY_ID: optional(z.string().min(1).max(256)),
    S3_SECRET_ACCESS_KEY: optional(z.string().min(1).max(256)),
    S3_FORCE_PATH_STYLE: optional(z.enum(['true', 'false', '1', '0'])),
});
type ArtifactStoreVars = z.infer<typeof artifactStoreEnvVars>;

/** The cross-field rule: with `ARTIFACT_STORE=s3`, the endpoint, bucket and key pair are required. For `.check` on an env schema that extends {@link artifactStoreEnvVars}. */
export const requireS3Vars = <T extends ArtifactStoreVars>(ctx: z.core.ParsePayload<T>): void => {
  if (ctx.value.ARTIFACT_STORE !== 's3') return;
  for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (ctx.value[name] === undefined) ctx.issues.push({ code: 'custom', input: undefined, path: [name], message: 'required when ARTIFACT_STORE=s3' });
  }
};

/** The artifact-store variables on their own, checked. */
export const artifactStoreEnvSchema = artifactStoreEnvVars.check(requireS3Vars);

/** Which store artifacts go to. */
export type ArtifactStoreConfig = { kind: 'db' } | ({ kind: 's3' } & S3Settings);

/** The store settings from parsed variables (see {@link artifactStoreEnvSchema}). */
export const artifactStoreConfigFrom = (vars: ArtifactStoreVars): ArtifactStoreConfig =>
  vars.ARTIFACT_STORE === 's3'
    ? {
        kind: 's3',
        endpoint: vars.S3_ENDPOINT as string,
        bucket: vars.S3_BUCKET as string,
        region: vars.S3_REGION ?? 'us-east-1',
        accessKeyId: vars.S3_ACCESS_KEY_ID as string,
        secretAccessKey: vars.S3_SECRET_ACCESS_KEY as string,
        forcePathStyle: vars.S3_FORCE_PATH_STYLE === 'true' || vars.S3_FORCE_PATH_STYLE === '1',
      }
    : { kind: 'db' };

/** The configured store: the database (default) or the bucket. */
export const createArtifactStore = (db: Db, config: ArtifactStoreConfig): ArtifactStore =>
  config.kind === 's3' ? createS3ArtifactStore(db, config) : createDbArtifactStore(db);
