import type { Database } from '@pc/db';

/**
 * A database for tests of routes that never query (OpenAPI, docs, static files):
 * any query is a test bug and throws.
 */
export const stubDatabase = (): Database => ({
  db: new Proxy({} as Database['db'], {
    get: () => {
      throw new Error('this test must not query the database');
    },
  }),
  kind: 'pglite',
  ping: async () => {},
  close: async () => {},
});
