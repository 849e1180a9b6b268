import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { projectExportFormatSchema } from '@pc/exports/formats';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { idOption, parseOption, revisionOption } from '../options.js';
import { note, printJson } from '../output.js';

const isFolder = async (path: string): Promise<boolean> => (await stat(path).catch(() => null))?.isDirectory() ?? false;

/**
 * Downloads one production document of a graph (docs/exports.md). `--out` is a file, or a
 * folder (existing, or ending in `/`) that gets the server's file name. Written under a
 * temporary name first, so an interrupted download never leaves a truncated file.
 */
export async function exportGraph(context: CommandContext, id: string, options: { format: string; out: string; revision?: string }): Promise<number> {
  const graphId = parseOption(idOption, id, 'graph id');
  const format = parseOption(projectExportFormatSchema, options.format, '--format');
  const revision = parseOption(revisionOption, options.revision, '--revision');
  const client = await context.client();
  const file = await client.graphs.export(graphId, format, revision === undefined ? {} : { revision });
  const target = options.out.endsWith('/') || (await isFolder(options.out)) ? join(options.out, file.fileName) : options.out;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(`${target}.part`, file.bytes);
  await rename(`${target}.part`, target);
  const summary = { graphId, format, file: target, mediaType: file.mediaType, bytes: file.bytes.byteLength };
  if (context.out.json) printJson(context.out, summary);
  else note(context.out, `${format} of ${graphId}: ${target} (${file.bytes.byteLength} bytes)`);
  return EXIT.ok;
}
