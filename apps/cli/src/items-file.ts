import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { BatchItemInput } from '@pc/sdk';
import { z } from 'zod';
import { parseCsv } from './csv.js';
import { usageError } from './exit-codes.js';
import { readableFileError } from './read-file-error.js';

/** The server's limit (docs/batches.md). */
export const MAX_ITEMS = 10_000;
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const nodeId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'node ids are letters, digits, _ and - (64 at most)');
const itemSchema = z.strictObject({
  ref: z.string().min(1).max(200).optional(),
  overrides: z.record(nodeId, z.record(z.string().min(1).max(200), z.unknown(), { error: 'expected { "<field>": value, … } for the node' }), {
    error: (issue) => (issue.input === undefined ? 'missing: every item needs "overrides": { "<nodeId>": { "<field>": value } }' : 'expected { "<nodeId>": { "<field>": value } }'),
  }),
});
// `[…items]` or `{ "items": […] }`; unwrapped first so errors point at `3.overrides.sh1a`, not at a union.
const itemsSchema = z.preprocess(
  (value) => (value && typeof value === 'object' && !Array.isArray(value) && 'items' in value ? (value as { items: unknown }).items : value),
  z.array(itemSchema, { error: 'expected a list of items, or { "items": [ … ] }' }).min(1, 'the file has no items').max(MAX_ITEMS, `at most ${MAX_ITEMS} items`),
);

export type ItemsFormat = 'csv' | 'json';

/** Items of a batch from a `.json` or `.csv` file (docs/sdk-cli.md has both formats). */
export async function readItemsFile(path: string, format?: ItemsFormat): Promise<BatchItemInput[]> {
  const kind = format ?? formatOf(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw usageError(readableFileError(path, error));
  }
  if (bytes.byteLength > MAX_FILE_BYTES) throw usageError(`${path} is larger than 16 MiB, the largest batch the server accepts.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw usageError(`${path} is not UTF-8 text.`);
  }
  return kind === 'csv' ? itemsFromCsv(text) : itemsFromJson(text, path);
}

function formatOf(path: string): ItemsFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  throw usageError(`Cannot tell the format of ${path} from its extension: name it .csv or .json, or pass --format.`);
}

export function itemsFromJson(text: string, path = 'the file'): BatchItemInput[] {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw usageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = itemsSchema.safeParse(value);
  if (!parsed.success) {
    throw usageError(
      `${path} does not hold batch items ([{ "ref"?: "…", "overrides": { "<nodeId>": { "<field>": value } } }]).`,
      parsed.error.issues.slice(0, 20).map((issue) => `${whereInItems(issue.path)}: ${issue.message}`),
    );
  }
  return parsed.data as BatchItemInput[];
}

/**
 * CSV: a header row; an optional `ref` column; every other column `nodeId.field`. A cell
 * that looks like JSON (number, true/false/null, "…", […], {…}) is parsed as JSON, else it
 * is the string itself; an empty cell sets nothing. Rows are numbered as a spreadsheet
 * shows them (the header is row 1).
 */
export function itemsFromCsv(text: string): BatchItemInput[] {
  const rows = parseCsv(text, { maxRows: MAX_ITEMS + 1 });
  const [header, ...body] = rows;
  if (!header) throw usageError('The CSV is empty: it needs a header row of `ref` and `nodeId.field` columns.');
  const columns = header.map((name, index) => columnOf(name.trim(), index));
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.name)) throw usageError(`CSV header: column "${column.name}" appears twice.`);
    seen.add(column.name);
  }
  if (body.length === 0) throw usageError('The CSV has a header but no rows.');
  return body.map((cells, rowIndex) => {
    const row = rowIndex + 2;
    if (cells.length !== columns.length) throw usageError(`CSV row ${row} has ${cells.length} fields; the header has ${columns.length}.`);
    const overrides: Record<string, Record<string, unknown>> = {};
    const item: BatchItemInput = { overrides };
    columns.forEach((column, index) => {
      const cell = cells[index]!;
      if (column.kind === 'ref') {
        if (cell !== '') item.ref = cell;
        return;
      }
      if (cell === '') return;
      const fields = (overrides[column.nodeId] ??= {});
      fields[column.field] = cellValue(cell, row, column.name);
    });
    return item;
  });
}

type Column = { kind: 'ref'; name: string } | { kind: 'field'; name: string; nodeId: string; field: string };

function columnOf(name: string, index: number): Column {
  if (name === 'ref') return { kind: 'ref', name };
  const dot = name.indexOf('.');
  const id = dot > 0 ? name.slice(0, dot) : '';
  const field = dot > 0 ? name.slice(dot + 1) : '';
  if (!nodeId.safeParse(id).success || field === '') {
    throw usageError(`CSV header, column ${index + 1} ("${name}"): expected \`ref\` or \`nodeId.field\`, e.g. \`sh1a.lensMm\`.`);
  }
  return { kind: 'field', name, nodeId: id, field };
}

const LOOKS_LIKE_JSON = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|".*"|\[.*\]|\{.*\})$/s;

function cellValue(cell: string, row: number, column: string): unknown {
  const trimmed = cell.trim();
  if (!LOOKS_LIKE_JSON.test(trimmed)) return cell;
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    throw usageError(`CSV row ${row}, column "${column}": looks like JSON but is not valid (${(error as Error).message}). Quote it as a JSON string to send text.`);
  }
}

/** `[3, 'overrides', 'sh1a']` → `item 4 (index 3), overrides.sh1a`: people count items from 1, the API from 0. */
function whereInItems(path: PropertyKey[]): string {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return path.length ? path.map(String).join('.') : 'the file';
  return `item ${index + 1} (index ${index})${rest.length ? `, ${rest.map(String).join('.')}` : ''}`;
}
