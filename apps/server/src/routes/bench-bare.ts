import type { Hono } from 'hono';
import { z } from 'zod';

const slotName = z.string().regex(/^[a-z0-9-]{1,32}$/);
const MAX_SLOTS = 16;

/**
 * The baseline of bench/api: routes that do the least a Hono route can do on this server —
 * answer bytes held in memory — so the API's throughput can be quoted as a ratio of it.
 * The bench fills a slot with the exact bytes an API route answered (`POST`), then loads
 * `GET` (answers them) and `PUT` (reads the request body, answers them). Registered before
 * every middleware, and only when `BENCH_BARE_ROUTES=1`: never in a normal server.
 */
export function registerBenchBareRoutes(app: Hono<never>, { maxBytes }: { maxBytes: number }): void {
  const slots = new Map<string, Uint8Array<ArrayBuffer>>();
  const bytesOf = (name: string) => {
    const parsed = slotName.safeParse(name);
    return parsed.success ? slots.get(parsed.data) : undefined;
  };
  app.post('/__bench/bare/:slot', async (c) => {
    const name = slotName.safeParse(c.req.param('slot'));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (!name.success || bytes.byteLength > maxBytes || (slots.size >= MAX_SLOTS && !slots.has(name.data))) return c.body(null, 400);
    slots.set(name.data, bytes);
    return c.body(null, 204);
  });
  app.get('/__bench/bare/:slot', (c) => {
    const bytes = bytesOf(c.req.param('slot'));
    return bytes ? c.body(bytes, 200, { 'Content-Type': 'application/json' }) : c.body(null, 404);
  });
  app.put('/__bench/bare/:slot', async (c) => {
    await c.req.arrayBuffer();
    const bytes = bytesOf(c.req.param('slot'));
    return bytes ? c.body(bytes, 200, { 'Content-Type': 'application/json' }) : c.body(null, 404);
  });
}
