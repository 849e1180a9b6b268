import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { edge, type Stage } from './index.js';

/** A stage that writes down when each of its parts ran. */
const recording = (name: string, log: string[], parts: { around?: boolean; after?: boolean } = { after: true }): Stage<string> => ({
  before: () => {
    log.push(`${name}:before`);
    return name;
  },
  ...(parts.around
    ? {
        around: async (_c, state, rest) => {
          log.push(`${state}:around-in`);
          await rest();
          log.push(`${state}:around-out`);
        },
      }
    : {}),
  ...(parts.after ? { after: (_c, state) => void log.push(`${state}:after`) } : {}),
});

describe('edge', () => {
  it('runs stages in the order their middlewares would: befores first to last, afters last to first, all inside the wrapping one', async () => {
    const log: string[] = [];
    const app = new Hono();
    app.use(edge([recording('id', log, {}), recording('trace', log, { around: true }), recording('log', log), recording('headers', log)]));
    app.get('/', (c) => {
      log.push('handler');
      return c.text('ok');
    });
    expect((await app.request('/')).status).toBe(200);
    expect(log).toEqual(['id:before', 'trace:before', 'log:before', 'headers:before', 'trace:around-in', 'handler', 'headers:after', 'log:after', 'trace:around-out']);
  });

  it('runs every after on an error response, which onError made before they ran', async () => {
    const seen: number[] = [];
    const app = new Hono();
    app.use(edge([{ after: (c) => void seen.push(c.res.status) }]));
    app.get('/', () => {
      throw new Error('boom');
    });
    app.onError((_error, c) => c.text('handled', 503));
    expect((await app.request('/')).status).toBe(503);
    expect(seen).toEqual([503]);
  });

  it('refuses two wrapping stages, and an after outside the wrap', () => {
    const log: string[] = [];
    expect(() => edge([recording('a', log, { around: true }), recording('b', log, { around: true })])).toThrow(/at most one/);
    expect(() => edge([recording('a', log, { after: true }), recording('b', log, { around: true })])).toThrow(/before the wrapping one/);
  });
});
