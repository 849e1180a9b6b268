import { describe, expect, it } from 'vitest';
import { createCollabTokenCodec } from './collab-token.js';

describe('collab tokens', () => {
  const codec = createCollabTokenCodec('secret-one', 1000);
  const claims = { userId: 'us_1', graphId: 'gr_1', role: 'editor' as const };

  it('round-trips the claims until they expire', () => {
    const { token, expiresAt } = codec.issue(claims, 5000);
    expect(expiresAt).toBe(6000);
    expect(codec.verify(token, 5999)).toEqual({ ...claims, expiresAt: 6000 });
    expect(codec.verify(token, 6000)).toBeUndefined();
  });

  it('refuses another secret, a changed payload and junk', () => {
    const { token } = codec.issue(claims, 0);
    expect(createCollabTokenCodec('secret-two').verify(token, 0)).toBeUndefined();
    const [v, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'us_1', gid: 'gr_1', role: 'owner', exp: 999 })).toString('base64url');
    expect(codec.verify(`${v}.${forged}.${signature}`, 0)).toBeUndefined();
    expect(codec.verify(`${v}.${payload}`, 0)).toBeUndefined();
    for (const junk of ['', 'v1..', 'v2.a.b', 'x'.repeat(2000)]) expect(codec.verify(junk, 0)).toBeUndefined();
  });
});
