import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';

/** Rate limits through the whole app (the counters themselves: middleware/rate-limit). */
describe('rate limits', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness(
      'pglite',
      { trustProxy: true, rateLimits: { perActorPerMinute: 5, signInFailuresPerAccount: 3, signInAttemptsPerIp: 8 } },
    );
  });
  afterAll(() => harness?.dispose());
  const from = (ip: string) => ({ 'X-Forwarded-For': ip });

  it('limits each user, then answers 429 with Retry-After and RateLimit headers', async () => {
    const ana = await harness.signUp('Ana');
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let index = 0; index < 6; index += 1) {
      last = await ana.call('GET', '/workspaces', undefined, from('10.0.0.1'));
      statuses.push(last.status);
    }
    // Sign-up's own /me call counted once.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect(last!.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(last!.headers.get('RateLimit-Remaining')).toBe('0');
    expect(last!.headers.get('RateLimit-Limit')).toBe('5');
    expect(await bodyOf(last!)).toMatchObject({ code: 'rate_limited' });
    // Another user is not affected.
    const ben = await harness.signUp('Ben');
    expect((await ben.call('GET', '/workspaces')).status).toBe(200);
  });

  it('limits failed sign-ins per account and IP, without locking the owner out from elsewhere', async () => {
    const cleo = await harness.signUp('Cleo');
    const login = (password: string, ip: string) => harness.anonymous.call('POST', '/auth/login', { email: cleo.user.email, password }, from(ip));
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await login('guess-guess-guess', '203.0.113.9')).status).toBe(401);
    // The attacker's IP is now refused, even with the right password…
    const refused = await login(cleo.password, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    // …but Cleo, from her own address, signs in as usual.
    expect((await login(cleo.password, '198.51.100.4')).status).toBe(200);
  });

  it('limits all sign-in attempts from one IP (credential stuffing)', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 9; index += 1) {
      const response = await harness.anonymous.call('POST', '/auth/login', { email: `victim${index}@example.test`, password: 'x' }, from('192.0.2.50'));
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
  });
});

/** The order of the API's checks (one middleware since session 6): the per-IP limit first, then who is calling, then CSRF. */
describe('the order of the API checks', () => {
  let harness: ApiHarness;
  beforeAll(async () => {
    harness = await createApiHarness('pglite', { trustProxy: true, rateLimits: { perIpPerMinute: 3, perActorPerMinute: 100 } });
  });
  afterAll(() => harness?.dispose());

  it('counts a request with a bad key against its IP before refusing the key', async () => {
    const badKey = { Authorization: 'Bearer pc_not-a-real-key', 'X-Forwarded-For': '192.0.2.77' };
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await harness.anonymous.call('GET', '/graphs', undefined, badKey)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('refuses a cross-site cookie mutation after counting it, with the rate-limit headers on the 403', async () => {
    const refused = await harness.owner.call('POST', '/graphs', { name: 'Forged' }, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site', 'X-Forwarded-For': '192.0.2.78' });
    expect(refused.status).toBe(403);
    expect(await bodyOf(refused)).toMatchObject({ code: 'csrf_rejected' });
    expect(refused.headers.get('RateLimit-Limit')).toMatch(/^\d+$/);
    expect(refused.headers.get('X-Frame-Options')).toBe('DENY');
  });
});
