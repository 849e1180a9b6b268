import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIp } from './index.js';

const appWith = (trustProxy: boolean) => {
  const app = new Hono<{ Variables: { clientIp: string } }>();
  app.use(clientIp({ trustProxy }));
  app.get('/', (c) => c.text(c.var.clientIp));
  return app;
};

describe('clientIp', () => {
  it('ignores X-Forwarded-For unless told a proxy is in front', async () => {
    const response = await appWith(false).request('/', { headers: { 'X-Forwarded-For': '6.6.6.6' } });
    expect(await response.text()).toBe('unknown');
  });

  it('takes the entry the proxy appended, not the one the client wrote', async () => {
    const response = await appWith(true).request('/', { headers: { 'X-Forwarded-For': '6.6.6.6, 203.0.113.7' } });
    expect(await response.text()).toBe('203.0.113.7');
  });
});
