import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { retryTransient, type Run } from '@pc/sdk';
import { z } from 'zod';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { idempotencyKeyOption, idOption, limitOption, parseOption, revisionOption } from '../options.js';
import { note, noteIfEmpty, printJson, printTable, type Output } from '../output.js';
import { fetchArtifact, safeName } from './download.js';

export interface StartOptions {
  node: string[];
  revision?: string;
  idempotencyKey?: string;
  watch?: boolean;
}

const FINAL: ReadonlySet<string> = new Set(['succeeded', 'failed', 'cancelled']);

/** A run that succeeded exits 0; a failed or cancelled one 1, as a batch with failures does. */
export const exitCodeOfRun = (run: Pick<Run, 'status'>): number => (run.status === 'succeeded' ? EXIT.ok : EXIT.failed);

/** `pcanvas run start GRAPH`: the whole graph, or `--node` ones and what they need. */
export async function start(context: CommandContext, graph: string, options: StartOptions): Promise<number> {
  const graphId = parseOption(idOption, graph, 'graph id');
  const nodeIds = options.node.map((node) => parseOption(idOption, node, '--node'));
  const revision = parseOption(revisionOption, options.revision, '--revision');
  const idempotencyKey = parseOption(idempotencyKeyOption, options.idempotencyKey, '--idempotency-key') ?? globalThis.crypto.randomUUID();
  const client = await context.client();
  const accepted = await client.runs.start(graphId, { ...(nodeIds.length ? { nodeIds } : {}), ...(revision !== undefined ? { revision } : {}) }, { idempotencyKey });
  const { out } = context;
  // On stderr, as for batches: running the command again with this key never starts a second run.
  note(out, `Started run ${accepted.id} of ${graphId} (idempotency key ${idempotencyKey})`);
  if (!options.watch) {
    if (out.json) printJson(out, { ...accepted, idempotencyKey });
    else out.stdout.write(`${accepted.id}\n`);
    return EXIT.ok;
  }
  return finish(context, await watchRun(context, accepted.id));
}

export async function watch(context: CommandContext, id: string): Promise<number> {
  return finish(context, await watchRun(context, parseOption(idOption, id, 'run id')));
}

/**
 * Follows a run to its end: one line on stderr per node that finishes (or fails, with its
 * error). A dropped stream is resumed by the SDK; the end state is read back from the run.
 */
export async function watchRun(context: CommandContext, id: string): Promise<Run> {
  const client = await context.client();
  const { out } = context;
  for await (const event of client.runs.events(id, {
    onReconnect: (attempt, error) => note(out, `event stream lost (${error instanceof Error ? error.message : String(error)}); reconnecting, attempt ${attempt}`),
  })) {
    // A final snapshot is the summary printed next: said once.
    if (event.event === 'snapshot' && !FINAL.has(event.data.status)) note(out, `${id} ${event.data.status}: ${countsOf(event.data)}`);
    else if (event.event === 'node.status' && ['succeeded', 'cached', 'failed', 'skipped', 'cancelled'].includes(event.data.status)) {
      note(out, `  ${event.data.nodeId} ${event.data.status}${event.data.error ? `: ${event.data.error.message}` : ''}`);
    }
  }
  return retryTransient(() => client.runs.get(id), { retries: 8 });
}

function finish(context: CommandContext, run: Run): number {
  if (context.out.json) printJson(context.out, run);
  else context.out.stdout.write(`${run.id} ${run.status}: ${countsOf(run)}${run.error ? ` — ${run.error.message}` : ''}\n`);
  return exitCodeOfRun(run);
}

const countsOf = (run: Pick<Run, 'nodes'>): string => {
  const counts = new Map<string, number>();
  for (const node of run.nodes) counts.set(node.status, (counts.get(node.status) ?? 0) + 1);
  return `${run.nodes.length} nodes${[...counts].map(([status, count]) => `, ${count} ${status}`).join('')}`;
};

export async function get(context: CommandContext, id: string): Promise<number> {
  const run = await (await context.client()).runs.get(parseOption(idOption, id, 'run id'));
  printRun(context.out, run);
  return EXIT.ok;
}

function printRun(out: Output, run: Run): void {
  if (out.json) {
    printJson(out, run);
    return;
  }
  out.stdout.write(`run       ${run.id}\ngraph     ${run.graphId} (revision ${run.revision})\nstatus    ${run.status}${run.error ? ` — ${run.error.message}` : ''}\ncreated   ${run.createdAt}\nfinished  ${run.finishedAt ?? '-'}\n\n`);
  printTable(
    out,
    ['NODE', 'TYPE', 'STATUS', 'ARTIFACTS', 'ERROR'],
    run.nodes.map((node) => [node.nodeId, node.type, node.status, Object.keys(node.outputs?.artifacts ?? {}).join(', ') || null, node.error ? `${node.error.code}: ${node.error.message}` : null]),
  );
}

export async function list(context: CommandContext, graph: string, options: { limit: string }): Promise<number> {
  const graphId = parseOption(idOption, graph, 'graph id');
  const limit = parseOption(limitOption, options.limit, '--limit');
  const client = await context.client();
  const runs = [];
  for await (const run of client.runs.list(graphId, { limit: Math.min(limit, 100) })) {
    runs.push(run);
    if (runs.length >= limit) break;
  }
  noteIfEmpty(context.out, runs, `No runs of graph ${graphId} yet: start one with \`pcanvas run start ${graphId}\`.`);
  if (context.out.json) printJson(context.out, runs);
  else printTable(context.out, ['ID', 'STATUS', 'REVISION', 'BATCH', 'CREATED', 'FINISHED'], runs.map((run) => [run.id, run.status, run.revision, run.batchId, run.createdAt, run.finishedAt]));
  return EXIT.ok;
}

const outOption = z.string().min(1, 'the folder to write into');

/**
 * `pcanvas run download RUN --out DIR`: `run.json` (every node's status, values and errors)
 * and `<nodeId>/<artifact>` for each artifact, checked by hash, skipped when already there.
 */
export async function download(context: CommandContext, id: string, options: { out: string }): Promise<number> {
  const runId = parseOption(idOption, id, 'run id');
  const dir = parseOption(outOption, options.out, '--out');
  const client = await context.client();
  const run = await client.runs.get(runId);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'run.json.part'), `${JSON.stringify(run, null, 2)}\n`);
  await rename(join(dir, 'run.json.part'), join(dir, 'run.json'));
  const summary = { runId, out: dir, status: run.status, artifacts: { downloaded: 0, skipped: 0, bytes: 0 } };
  for (const node of run.nodes) {
    for (const [name, artifact] of Object.entries(node.outputs?.artifacts ?? {})) {
      if ((await fetchArtifact(client, artifact, join(dir, safeName(node.nodeId), safeName(name)))) === 'skipped') summary.artifacts.skipped += 1;
      else {
        summary.artifacts.downloaded += 1;
        summary.artifacts.bytes += artifact.bytes;
      }
    }
  }
  if (context.out.json) printJson(context.out, summary);
  else note(context.out, `${runId} (${run.status}) in ${dir}: ${summary.artifacts.downloaded} artifacts downloaded (${summary.artifacts.bytes} bytes), ${summary.artifacts.skipped} already there`);
  return EXIT.ok;
}
