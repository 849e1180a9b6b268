/** RFC 4180 CSV: CRLF line ends, a field quoted when it holds a quote, comma, CR or LF. */
const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const BOM = '\uFEFF';

/**
 * Rows → CSV bytes: UTF-8 with a byte-order mark (so Excel reads accents), every line
 * (the last too) ended by CRLF.
 */
export const writeCsv = (rows: readonly (readonly string[])[]): Uint8Array =>
  new TextEncoder().encode(BOM + rows.map((row) => `${row.map(field).join(',')}\r\n`).join(''));
