import { createRoute, z } from '@hono/zod-openapi';
import { runs as runsTable } from '@pc/db';
import { graphRunsChannel, type EngineEvent } from '@pc/engine';
import { desc, eq } from 'drizzle-orm';
import { streamSSE } from 'hono/streaming';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams } from '../graphs/schemas.js';
import { createEventQueue } from './event-queue.js';
import { SSE_HEARTBEAT_MS } from './run-events.js';
import { eventStreamResponse } from '../../openapi/event-stream.js';
import { runSummarySchema, toRunSummaryResponse } from './schemas.js';

/** A `revision` event's data: the revision a snapshot was saved of (read the list for the rest). */
const savedRevisionSchema = z.object({ revision: z.number().int().positive() });

/** Events queued for one slow reader before the stream is ended (it reconnects and reads a fresh `run`). */
const MAX_PENDING = 100;

export const graphRunEventsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/runs/events',
  tags: ['Runs'],
  summary: 'Follow the runs and saved revisions of a graph live (Server-Sent Events)',
  description:
    'A `run` event with the graph’s latest run (a RunSummary; omitted when the graph never ran), then a `run` event for every run ' +
    'anyone starts on the graph (the canvas follows each one with GET /runs/:id/events), and a `revision` event for every snapshot ' +
    'anyone saves with POST /graphs/:id/revisions (a run’s own snapshot comes with its `run`). A `: heartbeat` comment every 15 s; access ' +
    'is checked again at each heartbeat and the stream ends when it is lost. The stream does not end by itself: reconnect at will, ' +
    'the first event tells you the latest run again.',
  request: { params: graphIdParams },
  responses: {
    200: eventStreamResponse('The runs and saved revisions of the graph, live.', { run: ['RunSummary', runSummarySchema], revision: ['SavedRevision', savedRevisionSchema] }),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerGraphRunEvents(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(graphRunEventsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const actor = c.var.actor;
    await checkGraphAccess(database.db, actor, id, 'read');
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue = createEventQueue<EngineEvent>(SSE_HEARTBEAT_MS, { maxPending: MAX_PENDING });
      const unsubscribe = await runs.bus.subscribe(graphRunsChannel(id), queue.push);
      stream.onAbort(queue.close);
      let seq = Date.now();
      const sendRun = async (run: Parameters<typeof toRunSummaryResponse>[0]) =>
        stream.writeSSE({ event: 'run', id: String(++seq), data: JSON.stringify(toRunSummaryResponse(run)) });
      try {
        // Subscribed first, then the latest run: a run started in between is sent twice, never lost.
        const [latest] = await database.db.select().from(runsTable).where(eq(runsTable.graphId, id)).orderBy(desc(runsTable.createdAt), desc(runsTable.id)).limit(1);
        if (latest) await sendRun(latest);
        for (;;) {
          const next = await queue.next();
          if (next.kind === 'closed') break;
          if (next.kind === 'heartbeat') {
            await stream.write(': heartbeat\n\n');
            // Removed from the workspace or the graph deleted: the stream ends.
            const allowed = await checkGraphAccess(database.db, actor, id, 'read').then(
              () => true,
              (error: unknown) => (error instanceof ApiError ? false : Promise.reject(error)),
            );
            if (!allowed) break;
            continue;
          }
          const { event } = next;
          if (event.kind === 'revision.saved') {
            const data: z.infer<typeof savedRevisionSchema> = { revision: event.revision };
            await stream.writeSSE({ event: 'revision', id: String(++seq), data: JSON.stringify(data) });
            continue;
          }
          if (event.kind !== 'run.created') continue;
          const run = await runs.engine.getRun(event.runId);
          if (run && run.graphId === id) await sendRun(run);
        }
      } finally {
        await unsubscribe();
      }
    }) as never;
  });
}
