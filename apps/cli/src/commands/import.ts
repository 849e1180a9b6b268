import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { unwrap, type components } from '@pc/sdk';
import { z } from 'zod';
import type { CommandContext } from '../context.js';
import { EXIT, usageError } from '../exit-codes.js';
import { idOption, parseOption } from '../options.js';
import { note, printJson } from '../output.js';
import { readableFileError } from '../read-file-error.js';

type ImportFormat = components['schemas']['ImportGraph']['format'];
type ImportReport = components['schemas']['ImportReport'];

export const importFormats = ['fountain', 'fdx', 'pdf', 'docx', 'fadein', 'highland', 'json'] as const satisfies readonly ImportFormat[];
const importFormatOption = z.enum(importFormats).optional();

/** What a file's extension says it is (docs/api.md, "A script, end to end"). */
const FORMAT_OF_EXTENSION: Record<string, ImportFormat> = {
  '.fountain': 'fountain',
  '.spmd': 'fountain',
  '.txt': 'fountain',
  '.fdx': 'fdx',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.fadein': 'fadein',
  '.osf': 'fadein',
  '.highland': 'highland',
  '.json': 'json',
};
/** Files, not text: the API takes their bytes as base64. */
const BINARY: ReadonlySet<ImportFormat> = new Set(['pdf', 'docx', 'fadein', 'highland']);

export interface ImportOptions {
  format?: string;
  name?: string;
  workspace?: string;
  into?: string;
}

/**
 * `pcanvas graphs import FILE`: a screenplay (Fountain, Final Draft, PDF, Word, Fade In,
 * Highland) or GraphJSON as a new graph, or with `--into` as the next draft of a graph it
 * was imported into before (re-import sync: Shots, notes and positions are kept).
 */
export async function importGraph(context: CommandContext, file: string, options: ImportOptions): Promise<number> {
  const format = parseOption(importFormatOption, options.format, '--format') ?? formatOf(file);
  const into = options.into === undefined ? undefined : parseOption(idOption, options.into, '--into');
  const workspaceId = options.workspace === undefined ? undefined : parseOption(idOption, options.workspace, '--workspace');
  if (into && (options.name !== undefined || workspaceId)) throw usageError('--into syncs the graph that exists: it keeps its name and workspace, so --name and --workspace do not go with it.');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw usageError(readableFileError(file, error));
  }
  const source = BINARY.has(format) ? bytes.toString('base64') : bytes.toString('utf8');
  const client = await context.client();
  const graph = into
    ? await unwrap(client.api.POST('/api/v1/graphs/{id}/import', { params: { path: { id: into } }, body: { format, source } }))
    : await unwrap(client.api.POST('/api/v1/graphs/import', { body: { format, source, ...(options.name !== undefined ? { name: options.name } : {}), ...(workspaceId ? { workspaceId } : {}) } }));
  const { out } = context;
  if (out.json) {
    printJson(out, { id: graph.id, name: graph.name, revision: graph.revision, importReport: graph.importReport ?? null });
    return EXIT.ok;
  }
  note(out, `${into ? 'Synced' : 'Imported'} ${basename(file)} ${into ? 'into' : 'as'} “${graph.name}” (revision ${graph.revision})${graph.importReport ? `: ${summaryOf(graph.importReport)}` : ''}`);
  for (const warning of graph.importReport?.warnings ?? []) note(out, `  warning: ${warning.message}`);
  out.stdout.write(`${graph.id}\n`);
  return EXIT.ok;
}

function formatOf(file: string): ImportFormat {
  const format = FORMAT_OF_EXTENSION[extname(file).toLowerCase()];
  if (!format) throw usageError(`Cannot tell the format of ${file} from its extension: pass --format (${importFormats.join(', ')}).`);
  return format;
}

function summaryOf(report: ImportReport): string {
  const { addedNodes, updatedNodes, flaggedScenes } = report.changes;
  const counts = [count(report.scenes, 'scene'), count(report.characters, 'character'), count(report.locations, 'location'), count(report.shots, 'shot')].join(', ');
  const changes = `${count(addedNodes.length, 'node')} added, ${updatedNodes.length} updated${flaggedScenes.length ? `, ${count(flaggedScenes.length, 'scene')} flagged removed-from-script` : ''}`;
  return `${counts}; ${changes}`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
