import type { z } from 'zod';
import { ApiError } from '../../errors/api-error.js';

/** Opaque keyset cursors of the batch lists: base64url JSON, validated on the way back in. */
export function createCursor<Key>(schema: z.ZodType<Key>) {
  return {
    encode: (key: Key) => Buffer.from(JSON.stringify(key)).toString('base64url'),
    /** The key; undefined without a cursor; a 400 problem for one we did not make. */
    decode: (cursor: string | undefined): Key | undefined => {
      if (cursor === undefined) return undefined;
      try {
        const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
        if (parsed.success) return parsed.data;
      } catch {
        // Falls through to the problem below.
      }
      throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
    },
  };
}
