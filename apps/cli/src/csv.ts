import { usageError } from './exit-codes.js';

/**
 * Rows of an RFC 4180 CSV text (comma-separated, `"`-quoted with `""` escapes, CRLF or LF),
 * BOM stripped. One leniency: a quote inside an unquoted field is kept as text, so
 * hand-written JSON cells such as {"a":1} need no quoting.
 */
export function parseCsv(text: string, options: { maxRows?: number } = {}): string[][] {
  return parseCsvRecords(text, options).map((record) => record.cells);
}

/** A record of a CSV and where it is: `row` as a spreadsheet counts (blank lines included), `line` where it starts in a text editor. */
export interface CsvRecord {
  cells: string[];
  row: number;
  line: number;
}

/** {@link parseCsv} with each record's row and line, so later errors can point into the file. */
export function parseCsvRecords(text: string, { maxRows = 10_001 }: { maxRows?: number } = {}): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRecord[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  let line = 1;
  let rowLine = 1;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push({ cells: row, row: rows.length + 1, line: rowLine });
    row = [];
    if (rows.length > maxRows) throw usageError(`The CSV has more than ${maxRows - 1} data rows.`);
  };
  while (i < source.length) {
    const char = source[i]!;
    // A line break, inside a quoted field or not; CRLF once (outside quotes it is consumed whole at the CR).
    if (char === '\n' || (char === '\r' && (source[i + 1] !== '\n' || !quoted))) line += 1;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw usageError(`CSV row ${rows.length + 1}, field ${row.length + 1}: text after a closing quote (quote the whole field and double inner quotes).`);
        }
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (char === ',') {
      endField();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      rowLine = line;
    } else {
      field += char;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw usageError(`CSV row ${rows.length + 1}: a quoted field is never closed.`);
  // The last line may or may not end with a line break.
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  // Blank lines carry no item.
  return rows.filter(({ cells }) => !(cells.length === 1 && cells[0] === ''));
}
