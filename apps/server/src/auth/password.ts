import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost: N (CPU/memory), r (block size), p (parallelism). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's scrypt baseline (N=2^17, r=8, p=1: 128 MiB, ~0.3 s) is too heavy for a server
 * that also runs graphs; N=2^15 (32 MiB, ~80 ms) is the classic interactive setting.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** Hashes and checks passwords. A value so tests can use a cheap cost. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Constant-time for a given stored hash; false (never a throw) for a malformed one. */
  verify(password: string, stored: string): Promise<boolean>;
}

/**
 * scrypt with a random salt, stored as `scrypt$N$r$p$salt$hash` (base64url), so the cost
 * can be raised later without invalidating existing hashes.
 */
export function createPasswordHasher(cost: ScryptCost = DEFAULT_SCRYPT_COST): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(SALT_LENGTH);
      const derived = await derive(password, salt, cost);
      return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), derived.toString('base64url')].join('$');
    },
    async verify(password, stored) {
      const parsed = parseHash(stored);
      if (!parsed) return false;
      const derived = await derive(password, parsed.salt, parsed.cost);
      return derived.length === parsed.hash.length && timingSafeEqual(derived, parsed.hash);
    },
  };
}

/**
 * A well-formed hash of a password nobody knows. Sign-in checks it when the email is
 * unknown, so an unknown address takes as long as a wrong password (no account probing
 * by timing).
 */
export async function createDecoyHash(hasher: PasswordHasher): Promise<string> {
  return hasher.hash(randomBytes(32).toString('base64url'));
}

function derive(password: string, salt: Buffer, { N, r, p }: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly N=2^15, r=8.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; hash: Buffer } | undefined {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return undefined;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // Refuse costs we would never write: a tampered row must not make us burn memory.
  if (![cost.N, cost.r, cost.p].every(Number.isInteger) || cost.N < 2 || cost.N > 2 ** 20 || cost.r > 32 || cost.p > 16) return undefined;
  return { cost, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}
