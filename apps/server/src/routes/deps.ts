import type { Database } from '@pc/db';

/** What route handlers need from the outside world, passed in by `createApp`. */
export interface RouteDeps {
  database: Database;
}
