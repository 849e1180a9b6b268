import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestId } from './index.js';

const app = new Hono<{ Variables: { requestId: string } }>()
  .use(requestId({ generate: () => 'generated' }))
  .get('/', (c) => c.text(c.var.requestId));

describe('requestId', () => {
  it('keeps a well-formed id from the caller and echoes it', async () => {
    const response = await app.request('/', { headers: { 'X-Request-Id': 'trace-42' } });
    expect(await response.text()).toBe('trace-42');
    expect(response.headers.get('X-Request-Id')).toBe('trace-42');
  });

  it('replaces a missing or unsafe id with a generated one', async () => {
    expect(await (await app.request('/')).text()).toBe('generated');
    const response = await app.request('/', { headers: { 'X-Request-Id': '<script>alert(1)</script>' } });
    expect(await response.text()).toBe('generated');
  });
});
