import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isHttpsRequest, requestOrigin, type OriginSettings } from './origin.js';

describe('isHttpsRequest', () => {
  /** Both answers for one request: the scheme check must say what the origin says. */
  const judge = async (url: string, settings: OriginSettings, headers: Record<string, string> = {}) => {
    const app = new Hono();
    app.get('*', (c) => c.json({ https: isHttpsRequest(c, settings), origin: requestOrigin(c, settings) }));
    return (await (await app.request(url, { headers })).json()) as { https: boolean; origin: string };
  };
  const cases: [string, OriginSettings, Record<string, string>][] = [
    ['http://canvas.test/api/v1/graphs', {}, {}],
    ['https://canvas.test/api/v1/graphs', {}, {}],
    ['http://canvas.test/a', { publicUrl: new URL('https://canvas.example') }, {}],
    ['https://canvas.test/a', { publicUrl: new URL('http://canvas.example') }, { 'X-Forwarded-Proto': 'https' }],
    ['http://canvas.test/a', { trustProxy: true }, { 'X-Forwarded-Proto': 'https' }],
    ['http://canvas.test/a', { trustProxy: true }, { 'X-Forwarded-Proto': ' https , http' }],
    ['https://canvas.test/a', { trustProxy: true }, { 'X-Forwarded-Proto': 'http' }],
    ['https://canvas.test/a', { trustProxy: true }, { 'X-Forwarded-Proto': 'gopher' }],
    ['http://canvas.test/a', { trustProxy: true }, { 'X-Forwarded-Proto': 'HTTPS' }],
    ['http://canvas.test/a', { trustProxy: false }, { 'X-Forwarded-Proto': 'https' }],
    ['http://canvas.test/a', { trustProxy: true }, { 'X-Forwarded-Host': 'other.example' }],
  ];

  it.each(cases)('%s %o %o: https exactly when the request origin is', async (url, settings, headers) => {
    const { https, origin } = await judge(url, settings, headers);
    expect(https).toBe(origin.startsWith('https:'));
  });

  it('believes the proxy only when told to', async () => {
    expect((await judge('http://canvas.test/a', { trustProxy: true }, { 'X-Forwarded-Proto': 'https' })).https).toBe(true);
    expect((await judge('http://canvas.test/a', {}, { 'X-Forwarded-Proto': 'https' })).https).toBe(false);
  });
});
