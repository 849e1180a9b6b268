import type { Redis } from 'ioredis';
import { z } from 'zod';

const cancelMessageSchema = z.strictObject({ runId: z.string().min(1).max(64), reason: z.string().max(500) });

/** A run cancellation, broadcast to every worker process. */
export type CancelMessage = z.infer<typeof cancelMessageSchema>;

/** Sends a cancellation to every process subscribed to `channel`. */
export const broadcastCancel = async (producer: Redis, channel: string, message: CancelMessage): Promise<void> => {
  await producer.publish(channel, JSON.stringify(message));
};

/**
 * Listens for cancellations. BullMQ's `worker.cancelJob` only reaches the jobs of its own
 * process, so every worker process subscribes here and aborts its own jobs of the run
 * (n8n does the same with its `abort-job` message). Malformed messages are ignored.
 *
 * @returns resolves once subscribed, so a cancel sent afterwards is seen.
 */
export const listenForCancels = async (
  subscriber: Redis,
  channel: string,
  onCancel: (message: CancelMessage) => void,
): Promise<void> => {
  subscriber.on('message', (from: string, raw: string) => {
    if (from !== channel) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    const message = cancelMessageSchema.safeParse(parsed);
    if (message.success) onCancel(message.data);
  });
  await subscriber.subscribe(channel);
};

/**
 * Runs cancelled recently, as seen by this process. A job of such a run that a worker
 * fetched just after the broadcast is refused at its start: the broadcast only aborts
 * jobs already running, and removing waiting jobs races with workers fetching them.
 */
export const createRecentCancels = (keepMs = 10 * 60_000, maxRuns = 10_000) => {
  const cancels = new Map<string, { at: number; reason: string }>();
  return {
    add(runId: string, reason: string) {
      cancels.delete(runId);
      cancels.set(runId, { at: Date.now(), reason });
      for (const [oldRun, { at }] of cancels) {
        if (cancels.size <= maxRuns && at >= Date.now() - keepMs) break;
        cancels.delete(oldRun);
      }
    },
    /** The cancel reason when `runId` was cancelled recently. */
    reasonFor(runId: string): string | undefined {
      const cancel = cancels.get(runId);
      return cancel && cancel.at >= Date.now() - keepMs ? cancel.reason : undefined;
    },
  };
};
