/** Where a command writes: results to stdout, progress and messages to stderr (so `--json | jq` stays clean). */
export interface Output {
  json: boolean;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export const printJson = (out: Output, value: unknown) => out.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** A plain table: one header row, columns padded to their widest cell. */
export function printTable(out: Output, header: string[], rows: (string | number | null | undefined)[][]): void {
  const cells = [header, ...rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '-' : String(cell))))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  for (const row of cells) out.stdout.write(`${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}\n`);
}

export const note = (out: Output, message: string) => out.stderr.write(`${message}\n`);

/** A list with nothing in it is said in words, on stderr: stdout keeps its shape (the header row, or `[]`) for scripts. */
export const noteIfEmpty = (out: Output, list: readonly unknown[], message: string) => {
  if (list.length === 0) note(out, message);
};
