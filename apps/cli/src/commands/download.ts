import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchItem, PcanvasClient } from '@pc/sdk';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { idOption, parseOption } from '../options.js';
import { note, printJson } from '../output.js';

/** Artifacts fetched at once: enough to hide latency, few enough not to crowd the server. */
const PARALLEL_DOWNLOADS = 4;

export interface DownloadSummary {
  batchId: string;
  out: string;
  items: number;
  artifacts: { downloaded: number; skipped: number; bytes: number };
}

/**
 * Writes a batch's results under `out`, with names that never change between runs:
 *   batch.json
 *   00000-<ref>/outputs.json            the item: status, overrides, output values, error
 *   00000-<ref>/<nodeId>/<artifact>     each artifact, verified against its SHA-256
 * A file already there with the right hash is skipped, and downloads land under a
 * temporary name first, so an interrupted download resumes by running it again.
 */
export async function download(context: CommandContext, id: string, options: { out: string }): Promise<number> {
  const batchId = parseOption(idOption, id, 'batch id');
  const client = await context.client();
  const batch = await client.batches.get(batchId);
  await mkdir(options.out, { recursive: true });
  await writeIfChanged(join(options.out, 'batch.json'), `${JSON.stringify(batch, null, 2)}\n`);
  const summary: DownloadSummary = { batchId, out: options.out, items: 0, artifacts: { downloaded: 0, skipped: 0, bytes: 0 } };
  const pending: Promise<void>[] = [];
  const flush = async () => {
    await Promise.all(pending);
    pending.length = 0;
  };
  for await (const item of client.batches.items(batchId, { limit: 100 })) {
    summary.items += 1;
    const dir = join(options.out, itemDirName(item));
    await mkdir(dir, { recursive: true });
    await writeIfChanged(join(dir, 'outputs.json'), `${JSON.stringify(itemRecord(item), null, 2)}\n`);
    for (const [nodeId, output] of Object.entries(item.outputs ?? {})) {
      for (const [name, artifact] of Object.entries(output.artifacts)) {
        const target = join(dir, safeName(nodeId), safeName(name));
        pending.push(
          fetchArtifact(client, artifact, target).then((outcome) => {
            if (outcome === 'skipped') summary.artifacts.skipped += 1;
            else {
              summary.artifacts.downloaded += 1;
              summary.artifacts.bytes += artifact.bytes;
            }
          }),
        );
        if (pending.length >= PARALLEL_DOWNLOADS) await flush();
      }
    }
  }
  await flush();
  if (context.out.json) printJson(context.out, summary);
  else
    note(
      context.out,
      `${summary.items} items of ${batchId} in ${options.out}: ${summary.artifacts.downloaded} artifacts downloaded (${summary.artifacts.bytes} bytes), ${summary.artifacts.skipped} already there`,
    );
  return EXIT.ok;
}

/** Downloads one artifact to `target`, verified by its SHA-256; skipped when the file there already has that hash. */
export async function fetchArtifact(client: PcanvasClient, artifact: { hash: string; url: string }, target: string): Promise<'downloaded' | 'skipped'> {
  if ((await hashOf(target)) === artifact.hash) return 'skipped';
  await mkdir(join(target, '..'), { recursive: true });
  const { bytes } = await client.artifacts.download(artifact.url);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== artifact.hash) throw new CliError(`Artifact ${artifact.url} arrived with hash ${actual}, not ${artifact.hash}; run the download again.`, EXIT.server);
  const partial = `${target}.part`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return 'downloaded';
}

/** `00012-row-12`: the index keeps the order; the ref (when there is one) says which row. */
export const itemDirName = (item: Pick<BatchItem, 'index' | 'ref'>) => `${String(item.index).padStart(5, '0')}${item.ref ? `-${safeName(item.ref)}` : ''}`;

/** A path segment that stays inside its folder on every OS. */
export const safeName = (name: string) => {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 120);
  return cleaned || '_';
};

const itemRecord = (item: BatchItem) => ({
  index: item.index,
  ref: item.ref,
  status: item.status,
  runId: item.runId,
  overrides: item.overrides,
  error: item.error,
  outputs: Object.fromEntries(Object.entries(item.outputs ?? {}).map(([nodeId, output]) => [nodeId, { status: output.status, values: output.values, artifacts: output.artifacts }])),
});

async function hashOf(path: string): Promise<string | undefined> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex');
  } catch {
    return undefined;
  }
}

async function writeIfChanged(path: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return;
  await writeFile(`${path}.part`, text);
  await rename(`${path}.part`, path);
}
