import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { BatchItemInput } from '@pc/sdk';
import { z } from 'zod';
import { parseCsvRecords } from './csv.js';
import { usageError } from './exit-codes.js';
import { readableFileError } from './read-file-error.js';

/** The server's limit (docs/batches.md). */
export const MAX_ITEMS = 10_000;
const MAX_FILE_BYTES = 16 * 1024 * 1024;

const nodeId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'node ids are letters, digits, _ and - (64 at most)');
const overridesSchema = z.record(nodeId, z.record(z.string().min(1).max(200), z.unknown(), { error: 'expected { "<field>": value, … } for the node' }), {
  error: (issue) => (issue.input === undefined ? 'missing: every item needs "overrides": { "<nodeId>": { "<field>": value } }' : 'expected { "<nodeId>": { "<field>": value } }'),
});
const itemSchema = z.strictObject({ ref: z.string().min(1).max(200).optional(), overrides: overridesSchema });
// `[…items]` or `{ "items": […] }`; unwrapped first so errors point at `3.overrides.sh1a`, not at a union.
const itemsSchema = z.preprocess(
  (value) => (value && typeof value === 'object' && !Array.isArray(value) && 'items' in value ? (value as { items: unknown }).items : value),
  z.array(itemSchema, { error: 'expected a list of items, or { "items": [ … ] }' }).min(1, 'the file has no items').max(MAX_ITEMS, `at most ${MAX_ITEMS} items`),
);

export type ItemsFormat = 'csv' | 'json';

/** The items of a file, and a way back from an item's field to where the file sets it. */
export interface ItemsFile {
  items: BatchItemInput[];
  /** Item `index`'s `path` (`overrides.sh1a.lensMm`, as the server names it) in words: `CSV row 3, column "sh1a.lensMm"`. */
  locate(index: number, path: string): string;
}

/** Items of a batch from a `.json` or `.csv` file (docs/sdk-cli.md has both formats). */
export async function readItemsFile(path: string, format?: ItemsFormat): Promise<ItemsFile> {
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

export function itemsFromJson(text: string, path = 'the file'): ItemsFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw usageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const lines = itemLines(source);
  const locate = (index: number, rest: string) => `item ${index + 1} (index ${index}${lines[index] ? `, line ${lines[index]}` : ''})${rest ? `, ${rest}` : ''}`;
  const parsed = itemsSchema.safeParse(value);
  if (!parsed.success) {
    throw usageError(
      `${path} does not hold batch items ([{ "ref"?: "…", "overrides": { "<nodeId>": { "<field>": value } } }]).`,
      parsed.error.issues.slice(0, 20).map((issue) => {
        const [index, ...rest] = issue.path;
        const where = typeof index === 'number' ? locate(index, rest.map(String).join('.')) : issue.path.length ? issue.path.map(String).join('.') : 'the file';
        return `${where}: ${issue.message}`;
      }),
    );
  }
  return { items: parsed.data as BatchItemInput[], locate };
}

/**
 * The line each item of valid JSON starts on: the elements of the top-level array, or of the
 * top-level object's `items` array. JSON strings hold no raw line breaks, so skipping them whole is safe.
 */
export function itemLines(source: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let itemsDepth = -1;
  let topIsObject = false;
  let lastString = '';
  let key = '';
  let expectingItem = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '\n') line += 1;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') continue;
    if (expectingItem && char !== ']') {
      lines.push(line);
      expectingItem = false;
    }
    if (char === '"') {
      let end = i + 1;
      while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
      if (depth === 1) lastString = source.slice(i + 1, end);
      i = end;
    } else if (char === ':' && depth === 1) {
      key = lastString;
    } else if (char === ',' && depth === itemsDepth) {
      expectingItem = true;
    } else if (char === '{' || char === '[') {
      if (depth === 0 && char === '{') topIsObject = true;
      if (itemsDepth === -1 && char === '[' && (depth === 0 || (depth === 1 && topIsObject && key === 'items'))) {
        itemsDepth = depth + 1;
        expectingItem = true;
      }
      depth += 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth < itemsDepth) break;
    }
  }
  return lines;
}

/**
 * CSV: a header row; an optional `ref` column; an optional `overrides` column of whole JSON
 * objects; every other column `nodeId.field`. A cell that looks like JSON (number,
 * true/false/null, "…", […], or anything starting with `{`) is parsed as JSON, else it is the
 * string itself; an empty cell sets nothing. Rows are numbered as a spreadsheet shows them
 * (the header is row 1, blank lines count).
 */
export function itemsFromCsv(text: string): ItemsFile {
  const records = parseCsvRecords(text, { maxRows: MAX_ITEMS + 1 });
  const [headerRecord, ...body] = records;
  const header = headerRecord?.cells;
  if (!header) throw usageError('The CSV is empty: it needs a header row of `ref` and `nodeId.field` columns.');
  const columns = header.map((name, index) => columnOf(name.trim(), index));
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.name)) throw usageError(`CSV header: column "${column.name}" appears twice.`);
    seen.add(column.name);
  }
  if (body.length === 0) throw usageError('The CSV has a header but no rows.');
  /** Per item, the column that set each `nodeId.field`: the way back from a server error. */
  const setBy: Map<string, string>[] = [];
  const items = body.map(({ cells, row, line }) => {
    const where = `CSV ${rowName(row, line)}`;
    if (cells.length !== columns.length) throw usageError(`${where} has ${cells.length} fields; the header has ${columns.length}.`);
    const overrides: Record<string, Record<string, unknown>> = {};
    const item: BatchItemInput = { overrides };
    const columnOfField = new Map<string, string>();
    const set = (node: string, field: string, value: unknown, column: string) => {
      const previous = columnOfField.get(`${node}.${field}`);
      if (previous) throw usageError(`${where}: ${node}.${field} is set by both column "${previous}" and column "${column}".`);
      columnOfField.set(`${node}.${field}`, column);
      (overrides[node] ??= {})[field] = value;
    };
    columns.forEach((column, index) => {
      const cell = cells[index]!;
      if (cell === '') return;
      if (column.kind === 'ref') item.ref = cell;
      else if (column.kind === 'overrides') {
        for (const [node, fields] of Object.entries(overridesCell(cell, where))) for (const [field, value] of Object.entries(fields)) set(node, field, value, column.name);
      } else set(column.nodeId, column.field, cellValue(cell, where, column.name), column.name);
    });
    setBy.push(columnOfField);
    return item;
  });
  const locate = (index: number, path: string): string => {
    const record = body[index];
    if (!record) return `item ${index + 1}${path ? `, ${path}` : ''}`;
    const where = `CSV ${rowName(record.row, record.line)}`;
    const [first, node, ...field] = path.split('.');
    if (first === 'ref') return `${where}, column "ref"`;
    if (first !== 'overrides' || !node) return path ? `${where}, ${path}` : where;
    const columnsOfNode = [...setBy[index]!].filter(([name]) => name.startsWith(`${node}.`));
    const exact = field.length ? setBy[index]!.get(`${node}.${field.join('.')}`) : undefined;
    const named = exact ? [exact] : [...new Set(columnsOfNode.map(([, column]) => column))];
    if (named.length === 0) return `${where}, ${path.slice('overrides.'.length)}`;
    const within = named.length === 1 && named[0] === 'overrides' ? ` (${path.slice('overrides.'.length)})` : '';
    return `${where}, ${named.length === 1 ? 'column' : 'columns'} ${named.map((name) => `"${name}"`).join(', ')}${within}`;
  };
  return { items, locate };
}

/** `row 3`, or `row 3 (line 5)` once quoted line breaks or blank lines make a text editor count differently. */
const rowName = (row: number, line: number) => (row === line ? `row ${row}` : `row ${row} (line ${line})`);

type Column = { kind: 'ref'; name: string } | { kind: 'overrides'; name: string } | { kind: 'field'; name: string; nodeId: string; field: string };

function columnOf(name: string, index: number): Column {
  if (name === 'ref') return { kind: 'ref', name };
  if (name === 'overrides') return { kind: 'overrides', name };
  const dot = name.indexOf('.');
  const id = dot > 0 ? name.slice(0, dot) : '';
  const field = dot > 0 ? name.slice(dot + 1) : '';
  if (!nodeId.safeParse(id).success || field === '') {
    throw usageError(`CSV header, column ${index + 1} ("${name}"): expected \`ref\` or \`nodeId.field\`, e.g. \`sh1a.lensMm\`.`);
  }
  return { kind: 'field', name, nodeId: id, field };
}

// A cell starting with `{` is meant as an object (no prose starts so): `{bad` is an error here, not text for the server to refuse.
const LOOKS_LIKE_JSON = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|".*"|\[.*\]|\{.*)$/s;

function cellValue(cell: string, where: string, column: string): unknown {
  const trimmed = cell.trim();
  if (!LOOKS_LIKE_JSON.test(trimmed)) return cell;
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    throw usageError(`${where}, column "${column}": looks like JSON but is not valid (${(error as Error).message}). Quote it as a JSON string to send text.`);
  }
}

/** An `overrides` cell: a JSON object `{ "<nodeId>": { "<field>": value } }`, checked here so the error names the cell. */
function overridesCell(cell: string, where: string): Record<string, Record<string, unknown>> {
  const expected = 'expected a JSON object { "<nodeId>": { "<field>": value } }';
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch (error) {
    throw usageError(`${where}, column "overrides": ${expected}; this is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = overridesSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError(`${where}, column "overrides"${issue.path.length ? ` (${issue.path.map(String).join('.')})` : ''}: ${issue.path.length ? issue.message : expected}.`);
  }
  return parsed.data;
}
