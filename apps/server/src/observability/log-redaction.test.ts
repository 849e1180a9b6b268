// First: the harness loads the app (zod-openapi before @pc/graph).
import { createApiHarness, SAME_ORIGIN, TEST_PASSWORD, type ApiHarness } from '../test/harness.js';
import { createLogger } from '@pc/observability';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Canaries: the app logs at `trace` into a string while people sign up, sign in (also with
 * a wrong password), make and use API keys and collab tokens; none of those secrets may
 * appear in the output.
 */
describe('the server never logs secrets', () => {
  let output = '';
  let harness: ApiHarness;
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });

  beforeAll(async () => {
    harness = await createApiHarness('pglite', {}, { logger: createLogger({ service: 'server', level: 'trace', destination }) });
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('keeps passwords, session cookies, API keys and collab tokens out of the log', async () => {
    const wrongPassword = 'canary-wrong-password-7f3a';
    const secrets: string[] = [TEST_PASSWORD, wrongPassword];
    const user = await harness.signUp('Canary');
    secrets.push(user.cookie());
    const signIn = await harness.anonymous.call('POST', '/auth/login', { email: user.user.email, password: wrongPassword }, SAME_ORIGIN);
    expect(signIn.status).toBe(401);
    const key = await user.withApiKey(['read', 'write']);
    secrets.push(key.key);
    expect((await key.call('GET', '/graphs')).status).toBe(200);
    // A revoked key sent again: refused (and logged as a 401), the key itself never written.
    expect((await user.call('DELETE', `/api-keys/${key.id}`)).status).toBe(204);
    expect((await key.call('GET', '/graphs')).status).toBe(401);
    const graph = (await (await user.call('POST', '/graphs', { name: 'Canary' })).json()) as { id: string };
    const token = (await (await user.call('POST', `/graphs/${graph.id}/collab-token`)).json()) as { token?: string };
    if (token.token) secrets.push(token.token);

    expect(output).toContain('"msg":"request"');
    expect(output).toContain(`"userId":"${user.user.id}"`);
    for (const secret of secrets) expect(output, `a secret of ${secret.length} characters was logged`).not.toContain(secret);
  });
});
