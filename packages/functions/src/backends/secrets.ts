/*
 * Secrets for back-end configs (API keys): stored as a reference, either the name of an
 * environment variable or an AES-256-GCM blob encrypted with the server's SECRETS_KEY.
 * Web Crypto (Node's `crypto.webcrypto`, also in browsers) keeps this module free of
 * `node:` imports; its API is async.
 *
 * Blob format, version 1: `v1.<iv>.<ciphertext+tag>`, both base64url; a 96-bit random IV
 * and a 128-bit tag. A new version gets a new prefix; `decryptSecret` keeps reading old ones.
 */
import { z } from 'zod';
import { decodeBase64, encodeBase64Url } from './base64.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const KEY_BYTES = 32;

/** A secret as stored in a back-end config: an environment variable name, or an encrypted blob. */
export const SecretRefSchema = z.union([
  z.strictObject({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name') }),
  z.strictObject({ encrypted: z.string().startsWith(`${VERSION}.`, 'an encrypted secret blob (v1.…)') }),
]);
export type SecretRef = z.infer<typeof SecretRefSchema>;

/** The key is wrong or missing, or a blob is malformed or was tampered with. */
export class SecretError extends Error {
  override name = 'SecretError';
}

/**
 * Reads the 32-byte secrets key from base64 (the `SECRETS_KEY` environment variable).
 * @example const key = readSecretsKey(process.env.SECRETS_KEY);
 */
export function readSecretsKey(base64: string | undefined): Uint8Array {
  if (!base64) throw new SecretError('SECRETS_KEY is not set (32 random bytes, base64)');
  let key: Uint8Array;
  try {
    key = decodeBase64(base64.trim());
  } catch (cause) {
    throw new SecretError('SECRETS_KEY is not valid base64', { cause });
  }
  if (key.length !== KEY_BYTES) throw new SecretError(`SECRETS_KEY must decode to ${KEY_BYTES} bytes, got ${key.length}`);
  return key;
}

const importKey = (key: Uint8Array) => {
  if (key.length !== KEY_BYTES) throw new SecretError(`a secrets key has ${KEY_BYTES} bytes, got ${key.length}`);
  return crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt', 'decrypt']);
};

/**
 * Encrypts a secret for storage. `context` (for example `workspace:<id>`) is authenticated
 * but not stored: a blob copied to another workspace's config will not decrypt there.
 * @example const blob = await encryptSecret('sk-…', key, 'workspace:w1'); // "v1.…"
 */
export async function encryptSecret(plain: string, key: Uint8Array, context = ''): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    await importKey(key),
    new TextEncoder().encode(plain),
  );
  return `${VERSION}.${encodeBase64Url(iv)}.${encodeBase64Url(new Uint8Array(sealed))}`;
}

/** Decrypts a blob from `encryptSecret`; throws `SecretError` on a wrong key, context or any tampering. */
export async function decryptSecret(blob: string, key: Uint8Array, context = ''): Promise<string> {
  const [version, ivText, sealedText, ...rest] = blob.split('.');
  if (version !== VERSION) throw new SecretError(`unsupported secret format "${version}"`);
  if (ivText === undefined || sealedText === undefined || rest.length > 0) throw new SecretError('malformed secret blob');
  let iv: Uint8Array, sealed: Uint8Array;
  try {
    iv = decodeBase64(ivText);
    sealed = decodeBase64(sealedText);
  } catch (cause) {
    throw new SecretError('malformed secret blob', { cause });
  }
  if (iv.length !== IV_BYTES) throw new SecretError('malformed secret blob');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: new TextEncoder().encode(context) },
      await importKey(key),
      sealed as Uint8Array<ArrayBuffer>,
    );
    return new TextDecoder().decode(plain);
  } catch (cause) {
    throw new SecretError('secret could not be decrypted: wrong key or context, or the blob was altered', { cause });
  }
}

/** Where `resolveSecret` looks: the environment, and the key for encrypted blobs. */
export interface SecretSources {
  env: Record<string, string | undefined>;
  key?: Uint8Array;
  context?: string;
}

/** The plain value of a secret reference; throws `SecretError` when it cannot be had. */
export async function resolveSecret(ref: SecretRef, sources: SecretSources): Promise<string> {
  if ('env' in ref) {
    const value = sources.env[ref.env];
    if (!value) throw new SecretError(`environment variable ${ref.env} is not set`);
    return value;
  }
  if (!sources.key) throw new SecretError('an encrypted secret needs SECRETS_KEY');
  return decryptSecret(ref.encrypted, sources.key, sources.context);
}
