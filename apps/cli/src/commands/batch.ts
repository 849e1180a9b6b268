import { collect, type Batch, type SubmitBatchBody } from '@pc/sdk';
import type { CommandContext } from '../context.js';
import { EXIT, toCliError, usageError } from '../exit-codes.js';
import { readItemsFile, type ItemsFormat } from '../items-file.js';
import {
  batchStatusOption,
  concurrencyOption,
  idempotencyKeyOption,
  idOption,
  itemStatusOption,
  limitOption,
  parseOption,
  priorityOption,
  revisionOption,
  webhookSecretOption,
  webhookUrlOption,
} from '../options.js';
import { note, noteIfEmpty, printJson, printTable, type Output } from '../output.js';
import { formatSeconds } from '../progress.js';
import { exitCodeOfBatch, watchBatch } from './watch.js';

export interface SubmitOptions {
  graph: string;
  file: string;
  format?: string;
  revision?: string;
  priority?: string;
  concurrency?: string;
  webhookUrl?: string;
  webhookSecret?: string;
  idempotencyKey?: string;
  watch?: boolean;
}

export async function submit(context: CommandContext, options: SubmitOptions): Promise<number> {
  const graphId = parseOption(idOption, options.graph, '--graph');
  const revision = parseOption(revisionOption, options.revision, '--revision');
  const priority = parseOption(priorityOption, options.priority, '--priority');
  const concurrency = parseOption(concurrencyOption, options.concurrency, '--concurrency');
  const idempotencyKey = parseOption(idempotencyKeyOption, options.idempotencyKey, '--idempotency-key');
  const webhookUrl = parseOption(webhookUrlOption, options.webhookUrl, '--webhook-url');
  const webhookSecret = parseOption(webhookSecretOption, options.webhookSecret ?? context.env['PCANVAS_WEBHOOK_SECRET'], '--webhook-secret');
  if (webhookUrl && !webhookSecret) throw usageError('--webhook-url needs a signing secret: --webhook-secret or PCANVAS_WEBHOOK_SECRET (16+ characters).');
  if (options.format !== undefined && options.format !== 'csv' && options.format !== 'json') throw usageError('--format: csv or json');
  const file = await readItemsFile(options.file, options.format as ItemsFormat | undefined);
  const { items } = file;

  const body: SubmitBatchBody = {
    graphId,
    items,
    ...(revision !== undefined ? { revision } : {}),
    ...(priority ? { priority } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(webhookUrl && webhookSecret ? { webhook: { url: webhookUrl, secret: webhookSecret } } : {}),
  };
  const client = await context.client();
  // The server names a bad field `items.0.overrides.sh1a.lensMm`: say where the file sets it instead.
  const submitted = await client.batches.submit(body, idempotencyKey ? { idempotencyKey } : {}).catch((error: unknown) => {
    throw toCliError(error, (path) => {
      const match = /^items\.(\d+)(?:\.(.+))?$/.exec(path);
      return match ? file.locate(Number(match[1]), match[2] ?? '') : undefined;
    });
  });
  const { out } = context;
  // The key goes to stderr: re-running with it after a lost answer can never create a second batch.
  note(out, `${submitted.replayed ? 'Already submitted' : 'Submitted'} batch ${submitted.batch.id}: ${items.length} items (idempotency key ${submitted.idempotencyKey})`);
  if (!options.watch) {
    if (out.json) printJson(out, { ...submitted.batch, idempotencyKey: submitted.idempotencyKey, replayed: submitted.replayed });
    else out.stdout.write(`${submitted.batch.id}\n`);
    return EXIT.ok;
  }
  const finished = await watchBatch(context, submitted.batch.id);
  if (out.json) printJson(out, finished);
  else out.stdout.write(`${summaryOf(finished)}\n`);
  return exitCodeOfBatch(finished);
}

export async function list(context: CommandContext, options: { graph?: string; status?: string; limit: string }): Promise<number> {
  const limit = parseOption(limitOption, options.limit, '--limit');
  const graphId = options.graph === undefined ? undefined : parseOption(idOption, options.graph, '--graph');
  const status = parseOption(batchStatusOption, options.status, '--status');
  const client = await context.client();
  const batches = await collect(client.batches.list({ ...(graphId ? { graphId } : {}), ...(status ? { status } : {}), limit: Math.min(limit, 100) }), limit);
  noteIfEmpty(
    context.out,
    batches,
    graphId || status
      ? `No ${status ? `${status} ` : ''}batches${graphId ? ` of graph ${graphId}` : ''}.`
      : 'No batches yet: submit one with `pcanvas batch submit --graph GRAPH --file items.csv`.',
  );
  if (context.out.json) printJson(context.out, batches);
  else
    printTable(
      context.out,
      ['ID', 'GRAPH', 'STATUS', 'DONE', 'FAILED', 'CREATED'],
      batches.map((batch) => [batch.id, batch.graphId, batch.status, `${finishedCount(batch)}/${batch.counts.total}`, batch.counts.failed, batch.createdAt]),
    );
  return EXIT.ok;
}

export async function get(context: CommandContext, id: string): Promise<number> {
  const batch = await (await context.client()).batches.get(parseOption(idOption, id, 'batch id'));
  printBatch(context.out, batch);
  return EXIT.ok;
}

export async function items(context: CommandContext, id: string, options: { status?: string; limit: string }): Promise<number> {
  const batchId = parseOption(idOption, id, 'batch id');
  const status = parseOption(itemStatusOption, options.status, '--status');
  const limit = parseOption(limitOption, options.limit, '--limit');
  const client = await context.client();
  const entries = await collect(client.batches.items(batchId, { ...(status ? { status } : {}), limit: Math.min(limit, 100) }), limit);
  noteIfEmpty(context.out, entries, `No ${status ? `${status} ` : ''}items in batch ${batchId}.`);
  if (context.out.json) printJson(context.out, entries);
  else printTable(context.out, ['INDEX', 'REF', 'STATUS', 'RUN', 'ERROR'], entries.map((item) => [item.index, item.ref, item.status, item.runId, item.error ? `${item.error.code}: ${item.error.message}` : null]));
  return EXIT.ok;
}

export async function cancel(context: CommandContext, id: string): Promise<number> {
  const batch = await (await context.client()).batches.cancel(parseOption(idOption, id, 'batch id'));
  printBatch(context.out, batch);
  return EXIT.ok;
}

export async function retry(context: CommandContext, id: string, options: { watch?: boolean }): Promise<number> {
  const client = await context.client();
  const batch = await client.batches.retry(parseOption(idOption, id, 'batch id'));
  if (!options.watch) {
    printBatch(context.out, batch);
    return EXIT.ok;
  }
  const finished = await watchBatch(context, batch.id);
  printBatch(context.out, finished);
  return exitCodeOfBatch(finished);
}

const finishedCount = (batch: Batch) => batch.counts.succeeded + batch.counts.failed + batch.counts.cancelled;

const summaryOf = (batch: Batch) =>
  `${batch.id} ${batch.status}: ${batch.counts.succeeded} succeeded, ${batch.counts.failed} failed, ${batch.counts.cancelled} cancelled of ${batch.counts.total}`;

function printBatch(out: Output, batch: Batch): void {
  if (out.json) {
    printJson(out, batch);
    return;
  }
  const lines: [string, string][] = [
    ['id', batch.id],
    ['graph', `${batch.graphId} (revision ${batch.revision})`],
    ['status', batch.status],
    ['progress', `${Math.round(batch.progress * 100)}% (${finishedCount(batch)}/${batch.counts.total})`],
    ['items', `queued ${batch.counts.queued}, running ${batch.counts.running}, succeeded ${batch.counts.succeeded}, failed ${batch.counts.failed}, cancelled ${batch.counts.cancelled}`],
    ['priority', `${batch.priority}${batch.concurrency ? `, at most ${batch.concurrency} at once` : ''}`],
    ['eta', batch.etaSeconds === null ? '-' : formatSeconds(batch.etaSeconds)],
    ['created', batch.createdAt],
    ['finished', batch.finishedAt ?? '-'],
  ];
  for (const [name, value] of lines) out.stdout.write(`${name.padEnd(9)} ${value}\n`);
}
