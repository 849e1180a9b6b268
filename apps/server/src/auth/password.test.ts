import { describe, expect, it } from 'vitest';
import { createDecoyHash, createPasswordHasher } from './password.js';

const hasher = createPasswordHasher({ N: 1024, r: 8, p: 1 });

describe('password hashing', () => {
  it('stores a salted scrypt hash that never contains the password', async () => {
    const stored = await hasher.hash('correct horse battery');
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain('correct horse battery');
    expect(await hasher.hash('correct horse battery')).not.toBe(stored);
  });

  it('accepts the password and refuses any other', async () => {
    const stored = await hasher.hash('correct horse battery');
    expect(await hasher.verify('correct horse battery', stored)).toBe(true);
    expect(await hasher.verify('correct horse batterY', stored)).toBe(false);
    expect(await hasher.verify('', stored)).toBe(false);
  });

  it('checks hashes made with another cost (the cost travels with the hash)', async () => {
    const stored = await createPasswordHasher({ N: 2048, r: 8, p: 1 }).hash('old cost');
    expect(await hasher.verify('old cost', stored)).toBe(true);
  });

  it('refuses malformed or absurd hashes without throwing', async () => {
    expect(await hasher.verify('x', 'plain-text')).toBe(false);
    expect(await hasher.verify('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).toBe(false);
    expect(await hasher.verify('x', await createDecoyHash(hasher))).toBe(false);
  });
});
