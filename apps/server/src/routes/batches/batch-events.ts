import { createRoute, z } from '@hono/zod-openapi';
import { batchItems } from '@pc/db';
import { batchChannel, batchItemFinishedEventSchema, loadBatchView, type EngineEvent } from '@pc/engine';
import { and, asc, eq, gt } from 'drizzle-orm';
import { streamSSE } from 'hono/streaming';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { SSE_HEARTBEAT_MS } from '../runs/run-events.js';
import { batchFor } from './access.js';
import { eventStreamResponse } from '../../openapi/event-stream.js';
import { batchIdParams, batchSchema } from './schemas.js';
import { lastEventIdHeader } from '../../openapi/headers.js';

/** An `item.finished` event's data: the engine's finish event without what the stream says otherwise (the batch, the id). */
const itemFinishedEventSchema = batchItemFinishedEventSchema.pick({ index: true, status: true, runId: true });
type ItemFinishedEvent = z.infer<typeof itemFinishedEventSchema>;

/** Items replayed on one reconnection at most; a client further behind reads the items list. */
const MAX_REPLAY = 10_000;

export const batchEventsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/batches/{id}/events',
  tags: ['Batches'],
  summary: 'Follow a batch live (Server-Sent Events), resumable with Last-Event-ID',
  description:
    '`batch.progress` (the batch, as GET /batches/{id} returns it) first and after every burst of changes; `item.finished` (`{index, status, runId}`) per item; ' +
    '`batch.completed` (the batch) when it completes or is cancelled, then the stream ends. An event’s id is the batch’s count of item finishes so far: ' +
    'reconnect with `Last-Event-ID` and every item that finished since is replayed from the database before live events resume (`0` replays every item; an id that is not a number, or past the batch’s finishes, is read as none: the stream starts from the batch as it is now). `: heartbeat` every 15 s.',
  request: { params: batchIdParams, headers: z.object({
      'last-event-id': lastEventIdHeader('The `id` of the last event you received (a count of item finishes): each item that finished after it comes first as `item.finished`. `0` replays every item.'),
    }) },
  responses: {
    200: eventStreamResponse('The batch, live.', {
      'batch.progress': ['Batch', batchSchema],
      'item.finished': ['BatchItemFinishedEvent', itemFinishedEventSchema],
      'batch.completed': ['Batch', batchSchema],
    }),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

const FINAL = new Set(['completed', 'cancelled']);

export function registerBatchEvents(api: ApiApp, { database, runs }: RouteDeps): void {
  const db = database.db;
  api.openapi(batchEventsRoute, async (c) => {
    const { id } = await batchFor(db, c.var.actor, c.req.valid('param').id, 'read');
    const lastEventId = Number.parseInt(c.req.valid('header')['last-event-id'] ?? '', 10);
    const resumeAfter = Number.isSafeInteger(lastEventId) && lastEventId >= 0 ? lastEventId : undefined;
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const pending: EngineEvent[] = [];
      let wake: (() => void) | undefined;
      const unsubscribe = await runs.bus.subscribe(batchChannel(id), (event) => {
        pending.push(event);
        wake?.();
      });
      let closed = false;
      stream.onAbort(() => {
        closed = true;
        wake?.();
      });
      // The id of the last item event the client has (or that its snapshot covers).
      let itemSeq = resumeAfter ?? -1;
      const writeItem = (item: ItemFinishedEvent, seq: number) =>
        stream.writeSSE({ event: 'item.finished', id: String(seq), data: JSON.stringify({ index: item.index, status: item.status, runId: item.runId } satisfies ItemFinishedEvent) });
      /** Every item that finished after `itemSeq`, from the database, in finish order. */
      const replay = async () => {
        const missed = await db
          .select({ index: batchItems.index, status: batchItems.status, runId: batchItems.runId, seq: batchItems.finishSeq })
          .from(batchItems)
          .where(and(eq(batchItems.batchId, id), gt(batchItems.finishSeq, itemSeq)))
          .orderBy(asc(batchItems.finishSeq), asc(batchItems.index))
          .limit(MAX_REPLAY);
        // A finish sequence number is set with a final status, which the schema holds to.
        for (const { seq, ...finished } of missed) {
          await writeItem(itemFinishedEventSchema.parse(finished), seq!);
          itemSeq = Math.max(itemSeq, seq!);
        }
      };
      /** Writes the batch as it is now; once it is final, the items not yet sent, then `batch.completed`. Returns whether it was final. */
      const progress = async (): Promise<boolean> => {
        const found = await loadBatchView(db, id);
        if (!found) return true;
        // A new follower: the snapshot covers every finish so far. A Last-Event-ID past them (another
        // batch's id, a typo) is taken back to them, so the ids sent stay this batch's and its next finishes are not skipped.
        if (itemSeq < 0 || itemSeq > found.row.finishedSeq) itemSeq = found.row.finishedSeq;
        const final = FINAL.has(found.view.status);
        if (final) await replay();
        await stream.writeSSE({ event: final ? 'batch.completed' : 'batch.progress', id: String(itemSeq), data: JSON.stringify(found.view) });
        return final;
      };
      try {
        // Subscribed first, then the database: nothing falls in between (an event may come twice; its seq drops it).
        if (resumeAfter !== undefined) await replay();
        if (await progress()) return;
        while (!closed) {
          if (pending.length === 0) {
            const timedOut = await new Promise<boolean>((resolve) => {
              const timer = setTimeout(() => resolve(true), SSE_HEARTBEAT_MS);
              wake = () => {
                clearTimeout(timer);
                resolve(false);
              };
            });
            wake = undefined;
            if (closed) break;
            if (timedOut) {
              await stream.write(': heartbeat\n\n');
              // Events are best-effort: a lost completion must not keep the stream open.
              if (await progress()) break;
              continue;
            }
          }
          // Drain the burst, then one progress snapshot for all of it.
          while (pending.length > 0) {
            const event = pending.shift()!;
            if (event.kind !== 'batch.item.finished' || event.seq <= itemSeq) continue;
            if (event.seq === itemSeq + 1) {
              await writeItem(event, event.seq);
              itemSeq = event.seq;
            } else {
              // Finishes in other processes publish out of order, or an event was lost: the database has them all.
              await replay();
            }
          }
          if (await progress()) break;
        }
      } finally {
        await unsubscribe();
      }
    }) as never;
  });
}
