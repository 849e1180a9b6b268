import { createRoute, z } from '@hono/zod-openapi';
import { nodeProgressEventSchema, nodeStatusEventSchema, runChannel, runStatusEventSchema, type EngineEvent } from '@pc/engine';
import { streamSSE } from 'hono/streaming';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { runFor } from './access.js';
import { createEventQueue } from './event-queue.js';
import { eventStreamResponse } from '../../openapi/event-stream.js';
import { runIdParams, runSchema, toRunResponse } from './schemas.js';
import { lastEventIdHeader } from '../../openapi/headers.js';

/** A comment line every so often keeps proxies from closing an idle stream. */
export const SSE_HEARTBEAT_MS = 15_000;
const FINAL = new Set(['succeeded', 'failed', 'cancelled']);

export const runEventsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/runs/{id}/events',
  tags: ['Runs'],
  summary: 'Follow a run live (Server-Sent Events)',
  description:
    'First a `snapshot` event (the run as GET /runs/:id returns it, read from the database), then `run.status`, `node.status` and ' +
    '`node.progress` events as they happen; a `: heartbeat` comment every 15 s; the stream ends when the run is final — a run already final (all of it cached, say) is its `snapshot` alone, so read the final status from the snapshot as well as from `run.status`. ' +
    '`node.progress` (`{kind, v: 1, at, runId, nodeId, progress: 0…1, message?}`) is what a running function reports (the storyboard frame\'s ' +
    'stages, a ComfyUI sampler\'s steps), at most one per node every 250 ms, never going back; it is live only, not part of the snapshot. ' +
    'Ids are increasing numbers: reconnect with `Last-Event-ID` and the stream resumes from a fresh snapshot, so nothing is lost.',
  request: { params: runIdParams, headers: z.object({
      'last-event-id': lastEventIdHeader('The `id` of the last event you received: the stream starts again with a fresh `snapshot` (the run as it is now), then live events.'),
    }) },
  responses: {
    200: eventStreamResponse('The run, live.', {
      snapshot: ['Run', runSchema],
      'run.status': ['RunStatusEvent', runStatusEventSchema],
      'node.status': ['NodeStatusEvent', nodeStatusEventSchema],
      'node.progress': ['NodeProgressEvent', nodeProgressEventSchema],
    }),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerRunEvents(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(runEventsRoute, async (c) => {
    const run = await runFor(database.db, runs.engine, c.var.actor, c.req.valid('param').id, 'read');
    const lastEventId = Number.parseInt(c.req.valid('header')['last-event-id'] ?? '', 10);
    let seq = Number.isSafeInteger(lastEventId) && lastEventId > 0 ? lastEventId : 0;
    // Ids grow across reconnections: at least the last one the client saw, at least the clock.
    const nextId = () => String((seq = Math.max(seq + 1, Date.now())));
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue = createEventQueue<EngineEvent>(SSE_HEARTBEAT_MS);
      const unsubscribe = await runs.bus.subscribe(runChannel(run.id), queue.push);
      stream.onAbort(queue.close);
      try {
        // Subscribed first, then the snapshot: an event in between is sent twice, never lost.
        const sendSnapshot = async () => {
          const current = await runs.engine.getRun(run.id);
          if (!current) return true;
          await stream.writeSSE({ event: 'snapshot', id: nextId(), data: JSON.stringify(toRunResponse(current)) });
          return FINAL.has(current.status);
        };
        if (await sendSnapshot()) return;
        for (;;) {
          const next = await queue.next();
          if (next.kind === 'closed') break;
          if (next.kind === 'heartbeat') {
            await stream.write(': heartbeat\n\n');
            // Events are best-effort: a lost final event must not keep the stream open.
            const current = await runs.engine.getRun(run.id);
            if (!current || FINAL.has(current.status)) {
              if (current) await stream.writeSSE({ event: 'snapshot', id: nextId(), data: JSON.stringify(toRunResponse(current)) });
              break;
            }
            continue;
          }
          const { event } = next;
          await stream.writeSSE({ event: event.kind, id: nextId(), data: JSON.stringify(event) });
          if (event.kind === 'run.status' && FINAL.has(event.status)) break;
        }
      } finally {
        await unsubscribe();
      }
    }) as never;
  });
}
