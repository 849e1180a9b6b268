import { isBatchFinished, retryTransient, type Batch } from '@pc/sdk';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { note, printJson } from '../output.js';
import { plainLine, progressLine } from '../progress.js';

/** A batch that ended with every item succeeded exits 0; failures or cancellation exit 1. */
export const exitCodeOfBatch = (batch: Batch): number => (batch.status === 'completed' && batch.counts.failed === 0 && batch.counts.cancelled === 0 ? EXIT.ok : EXIT.failed);

/**
 * Follows a batch to its end: a redrawn progress bar when stderr is a terminal, one plain
 * line per change otherwise. A dropped event stream is resumed (Last-Event-ID); the final
 * state is read back from the batch itself, so a missed event cannot misreport it.
 */
export async function watchBatch(context: CommandContext, id: string): Promise<Batch> {
  const client = await context.client();
  const { out } = context;
  const tty = Boolean(out.stderr.isTTY) && !out.json;
  let lastPlain = '';
  let lastDraw = 0;
  /** The bar is on the current terminal line: a message must start a new one first. */
  let barShown = false;
  const render = (batch: Batch, force = false) => {
    if (tty) {
      const now = Date.now();
      if (!force && now - lastDraw < 100) return;
      lastDraw = now;
      out.stderr.write(`\r${progressLine(batch)}\x1b[K`);
      barShown = true;
      return;
    }
    const line = plainLine(batch);
    if (line !== lastPlain) out.stderr.write(`${line}\n`);
    lastPlain = line;
  };

  // Reads ride out a restarting server like the stream does.
  const read = () => retryTransient(() => client.batches.get(id), { retries: 8 });
  let batch = await read();
  render(batch, true);
  if (!isBatchFinished(batch)) {
    for await (const event of client.batches.events(id, {
      onReconnect: (attempt, error) => {
        if (barShown) out.stderr.write('\n');
        barShown = false;
        note(out, `event stream lost (${error instanceof Error ? error.message : String(error)}); reconnecting, attempt ${attempt}`);
      },
    })) {
      if (event.event === 'item.finished') {
        if (event.item.status === 'failed' && !tty) note(out, `item ${event.item.index} failed`);
        continue;
      }
      batch = event.batch;
      render(batch);
    }
    batch = await read();
    render(batch, true);
  }
  if (barShown) out.stderr.write('\n');
  return batch;
}

export async function watch(context: CommandContext, id: string): Promise<number> {
  const batch = await watchBatch(context, id);
  if (context.out.json) printJson(context.out, batch);
  else context.out.stdout.write(`${batch.id} ${batch.status}: ${batch.counts.succeeded} succeeded, ${batch.counts.failed} failed, ${batch.counts.cancelled} cancelled of ${batch.counts.total}\n`);
  return exitCodeOfBatch(batch);
}
