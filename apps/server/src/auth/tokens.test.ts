import { describe, expect, it } from 'vitest';
import { hashSecret, isApiKeyShaped, newApiKey, newSessionToken } from './tokens.js';

describe('secrets', () => {
  it('makes API keys with a visible pc_ prefix, stored only as a hash', () => {
    const { key, prefix, keyHash } = newApiKey();
    expect(isApiKeyShaped(key)).toBe(true);
    expect(prefix).toBe(key.slice(0, 11));
    expect(prefix.startsWith('pc_')).toBe(true);
    expect(keyHash).toBe(hashSecret(key));
    expect(keyHash).not.toContain(key.slice(3));
  });

  it('never repeats a session token', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newSessionToken));
    expect(tokens.size).toBe(1000);
    expect([...tokens][0]).toMatch(/^[\w-]{43}$/);
  });
});
