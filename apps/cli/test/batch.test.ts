import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harbourScene, startEmbeddedServer, type EmbeddedServer } from '@pc/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cliUser, type Cli } from './cli-process.js';

let embedded: EmbeddedServer;
let user: Cli;
let graphId: string;
let work: string;

describe('pcanvas batch against a running server (embedded mode)', () => {
  beforeAll(async () => {
    const bundle = buildCli('dist/test-batch/pcanvas.js');
    embedded = await startEmbeddedServer('dist/test-batch-server');
    user = await cliUser(bundle);
    expect((await user.run(['login', '--url', embedded.url, '--api-key', embedded.apiKey])).code).toBe(0);
    const created = await fetch(`${embedded.url}/api/v1/graphs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${embedded.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Harbour', document: harbourScene() }),
    });
    graphId = ((await created.json()) as { id: string }).id;
    work = await mkdtemp(join(tmpdir(), 'pcanvas-batch-'));
  });
  afterAll(() => embedded?.stop());

  let csvBatch: string;

  it('submits a CSV of overrides and watches it to completion (exit 0, plain progress lines off a terminal)', async () => {
    const csv = join(work, 'items.csv');
    await writeFile(csv, '\uFEFFref,sh1a.lensMm,sh1a.shotNumber\r\nwide,24,1A\r\n"tight, long",85,1B\r\nmid,50,"1C"\r\n');
    const result = await user.run(['batch', 'submit', '--graph', graphId, '--file', csv, '--watch']);
    expect(result.stderr).toMatch(/Submitted batch \S+: 3 items \(idempotency key [0-9a-f-]{36}\)/);
    expect(result.stderr).toMatch(/completed 3\/3 succeeded=3 failed=0/);
    expect(result.code).toBe(0);
    csvBatch = /^(\S+) completed/m.exec(result.stdout)![1]!;
    const items = JSON.parse((await user.run(['--json', 'batch', 'items', csvBatch])).stdout) as { ref: string; status: string; overrides: unknown }[];
    expect(items.map((item) => [item.ref, item.status])).toEqual([
      ['wide', 'succeeded'],
      ['tight, long', 'succeeded'],
      ['mid', 'succeeded'],
    ]);
    expect(items[1]!.overrides).toEqual({ sh1a: { lensMm: 85, shotNumber: '1B' } });
  });

  it('submits JSON items; the same idempotency key answers the same batch', async () => {
    const file = join(work, 'items.json');
    await writeFile(file, JSON.stringify({ items: [{ ref: 'a', overrides: { mara: { name: 'Mara' } } }, { overrides: { mara: { name: 'Ines' } } }] }));
    const args = ['--json', 'batch', 'submit', '--graph', graphId, '--file', file, '--idempotency-key', `cli-test-${Date.now()}`, '--priority', 'high'];
    const first = JSON.parse((await user.run(args)).stdout) as { id: string; replayed: boolean };
    const again = await user.run(args);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ id: first.id, replayed: true });
    expect(again.stderr).toMatch(/Already submitted/);
    const watched = await user.run(['batch', 'watch', first.id]);
    expect(watched.code).toBe(0);
    expect(watched.stdout).toMatch(/completed: 2 succeeded, 0 failed/);
  });

  it('rejects invalid overrides with the server’s field errors, pointing at the item and line of the JSON file (exit 1)', async () => {
    const file = join(work, 'unknown.json');
    await writeFile(file, JSON.stringify([{ overrides: { sh1a: { lensMm: 35 } } }, { overrides: { no_such_node: { name: 'x' } } }], null, 2));
    const result = await user.run(['batch', 'submit', '--graph', graphId, '--file', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/HTTP 422/);
    expect(result.stderr).toMatch(/^ {2}item 2 \(index 1, line 9\), overrides\.no_such_node: /m);
    expect(result.stderr).not.toMatch(/items\.1\./);
  });

  it('names the CSV row and column of a value the server refuses, and refuses a broken JSON cell before sending', async () => {
    const csv = join(work, 'refused.csv');
    await writeFile(csv, 'ref,sh1a.shotNumber,sh1a.lensMm\nok,1A,35\n\nbad,1B,wide\n');
    const refused = await user.run(['batch', 'submit', '--graph', graphId, '--file', csv]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^ {2}CSV row 4, column "sh1a\.lensMm": .*\[\w+\]$/m);
    await writeFile(csv, 'ref,overrides\nok,"{""sh1a"": {""lensMm"": 35}}"\nbad,{bad\n');
    const broken = await user.run(['batch', 'submit', '--graph', graphId, '--file', csv]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^pcanvas: CSV row 3, column "overrides": expected a JSON object/);
  });

  it('says an empty list in words on stderr and keeps stdout a table header or []', async () => {
    const created = await fetch(`${embedded.url}/api/v1/graphs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${embedded.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Untouched' }),
    });
    const { id } = (await created.json()) as { id: string };
    const batches = await user.run(['batch', 'list', '--graph', id]);
    expect(batches.code).toBe(0);
    expect(batches.stdout).toMatch(/^ID\s+GRAPH\s+STATUS\s+DONE\s+FAILED\s+CREATED\n$/);
    expect(batches.stderr).toBe(`No batches of graph ${id}.\n`);
    const runs = await user.run(['--json', 'run', 'list', id]);
    expect(runs.code).toBe(0);
    expect(JSON.parse(runs.stdout)).toEqual([]);
    expect(runs.stderr).toBe(`No runs of graph ${id} yet: start one with \`pcanvas run start ${id}\`.\n`);
    const failed = await user.run(['batch', 'items', csvBatch, '--status', 'failed']);
    expect(failed.stdout).toMatch(/^INDEX\s+REF/);
    expect(failed.stderr).toBe(`No failed items in batch ${csvBatch}.\n`);
  });

  it('lists and gets batches', async () => {
    const list = JSON.parse((await user.run(['--json', 'batch', 'list', '--graph', graphId])).stdout) as { id: string }[];
    expect(list.map((batch) => batch.id)).toContain(csvBatch);
    const get = await user.run(['batch', 'get', csvBatch]);
    expect(get.stdout).toMatch(/status\s+completed/);
    expect(get.stdout).toMatch(/progress\s+100% \(3\/3\)/);
  });

  it('downloads every item’s outputs and artifacts under stable names, and a second run skips them by hash', async () => {
    const out = join(work, 'results');
    const first = await user.run(['--json', 'batch', 'download', csvBatch, '--out', out]);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { items: number; artifacts: { downloaded: number; skipped: number } };
    expect(summary.items).toBe(3);
    expect(summary.artifacts.downloaded).toBeGreaterThan(0);
    const dirs = (await readdir(out)).sort();
    expect(dirs).toEqual(['00000-wide', '00001-tight_long', '00002-mid', 'batch.json']);
    const outputs = JSON.parse(await readFile(join(out, '00001-tight_long', 'outputs.json'), 'utf8')) as {
      status: string;
      outputs: Record<string, { artifacts: Record<string, { hash: string }> }>;
    };
    expect(outputs.status).toBe('succeeded');
    for (const [nodeId, output] of Object.entries(outputs.outputs)) {
      for (const [name, artifact] of Object.entries(output.artifacts)) {
        const bytes = await readFile(join(out, '00001-tight_long', nodeId, name));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(artifact.hash);
      }
    }
    const second = JSON.parse((await user.run(['--json', 'batch', 'download', csvBatch, '--out', out])).stdout) as typeof summary;
    expect(second.artifacts).toMatchObject({ downloaded: 0, skipped: summary.artifacts.downloaded });

    // A damaged (or half-written) file is fetched again; the rest are left alone.
    const [nodeId, output] = Object.entries(outputs.outputs).find(([, entry]) => Object.keys(entry.artifacts).length > 0)!;
    const damaged = join(out, '00001-tight_long', nodeId, Object.keys(output.artifacts)[0]!);
    await writeFile(damaged, 'not the artifact');
    const third = JSON.parse((await user.run(['--json', 'batch', 'download', csvBatch, '--out', out])).stdout) as typeof summary;
    expect(third.artifacts).toMatchObject({ downloaded: 1, skipped: summary.artifacts.downloaded - 1 });
    expect(createHash('sha256').update(await readFile(damaged)).digest('hex')).toBe(Object.values(output.artifacts)[0]!.hash);
  });

  it('keeps watching across a server restart, resuming the event stream', async () => {
    const file = join(work, 'restart.json');
    await writeFile(file, JSON.stringify(Array.from({ length: 24 }, (_, index) => ({ ref: `s${index}`, overrides: { sh1a: { lensMm: 100 + index } } }))));
    const id = (await user.run(['batch', 'submit', '--graph', graphId, '--file', file, '--concurrency', '1'])).stdout.trim();
    const watching = user.start(['batch', 'watch', id]);
    // Restart once the watch has printed its first line (it is connected) and before the batch ends.
    const deadline = Date.now() + 60_000;
    while (!watching.stderr().includes(id) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    // A crash: connections drop at once (a graceful stop lets open streams finish first).
    await embedded.restart('SIGKILL');
    const result = await watching.result;
    expect(result.stderr).toMatch(/event stream lost .*reconnecting, attempt 1/);
    expect(result.stdout).toMatch(new RegExp(`${id} completed: 24 succeeded, 0 failed`));
    expect(result.code).toBe(0);
  });

  it('cancels a batch: watch then exits 1, and retry is refused', async () => {
    const file = join(work, 'many.json');
    await writeFile(file, JSON.stringify(Array.from({ length: 40 }, (_, index) => ({ ref: `r${index}`, overrides: { sh1a: { lensMm: 20 + index } } }))));
    const submitted = await user.run(['batch', 'submit', '--graph', graphId, '--file', file, '--concurrency', '1', '--priority', 'low']);
    const id = submitted.stdout.trim();
    const cancelled = await user.run(['--json', 'batch', 'cancel', id]);
    expect(cancelled.code).toBe(0);
    expect(JSON.parse(cancelled.stdout)).toMatchObject({ id, status: 'cancelled' });
    const watched = await user.run(['batch', 'watch', id]);
    expect(watched.code).toBe(1);
    expect(watched.stdout).toMatch(/cancelled/);
    const items = JSON.parse((await user.run(['--json', 'batch', 'items', id, '--status', 'cancelled'])).stdout) as unknown[];
    expect(items.length).toBeGreaterThan(0);
    // A cancelled batch is not retried (409): the operation failed, exit 1, with the server's reason.
    const refused = await user.run(['batch', 'retry', id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/HTTP 409, batch_not_retryable/);
  });

  it('retries a completed batch and watches it to the end again', async () => {
    const retried = await user.run(['--json', 'batch', 'retry', csvBatch, '--watch']);
    expect(retried.code).toBe(0);
    expect(JSON.parse(retried.stdout)).toMatchObject({ id: csvBatch, status: 'completed', counts: { succeeded: 3, failed: 0 } });
  });
});
