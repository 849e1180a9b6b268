import type { z } from 'zod';

/**
 * Opaque keyset cursors: the sort key of the last row of a page, as base64url JSON.
 * Opaque so clients cannot build them and we can change the key without breaking
 * anyone; validated on the way in because they come back from the outside.
 */
export interface CursorCodec<Key> {
  encode(key: Key): string;
  /** The key, or undefined when the cursor is not one of ours. */
  decode(cursor: string): Key | undefined;
}

export function createCursorCodec<Key>(schema: z.ZodType<Key, unknown>): CursorCodec<Key> {
  return {
    encode: (key) => Buffer.from(JSON.stringify(key)).toString('base64url'),
    decode: (cursor) => {
      try {
        const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** One page of a keyset scan, or a cursor that was not made by its codec. */
export type KeysetPage<Row> = { kind: 'page'; rows: Row[]; nextCursor: string | null } | { kind: 'invalid_cursor' };

/**
 * Runs a keyset scan for one page: decodes the cursor, asks `fetch` for one row more than
 * the limit (that row says whether another page exists, without a count query) and encodes
 * the last row's sort key as the next cursor.
 */
export async function keysetPage<Row, Key>(
  codec: CursorCodec<Key>,
  page: { limit: number; cursor?: string | undefined },
  fetch: (after: Key | undefined, limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): Promise<KeysetPage<Row>> {
  const after = page.cursor === undefined ? undefined : codec.decode(page.cursor);
  if (page.cursor !== undefined && after === undefined) return { kind: 'invalid_cursor' };
  const rows = await fetch(after, page.limit + 1);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return { kind: 'page', rows: pageRows, nextCursor: rows.length > page.limit && last ? codec.encode(keyOf(last)) : null };
}
