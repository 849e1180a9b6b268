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
