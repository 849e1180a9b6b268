/**
 * @pc/db — the database: drizzle schema, embedded migrations, one client factory for
 * Postgres (postgres.js) and embedded PGlite, and the queries the apps share.
 * See README.md for the design and the rules for adding a table or a migration.
 */
export { createDatabase, type Database, type DatabaseKind, type DatabaseOptions, type Db, type Schema } from './client.js';
export { migrate, getMigrationStatus, type MigrationReport, type MigrationStatus } from './migrations/migrate.js';
export { newGraphId, isGraphId } from './ids.js';
export {
  insertGraph,
  findGraph,
  findGraphRevisionNumber,
  listGraphs,
  replaceGraphDocument,
  renameGraph,
  deleteGraph,
  type GraphRecord,
  type GraphSummary,
  type GraphWriteResult,
} from './graphs.js';
export {
  snapshotGraph,
  findGraphRevision,
  listGraphRevisions,
  restoreGraphRevision,
  type GraphRevisionRecord,
  type GraphRevisionSummary,
} from './graph-revisions.js';
export { graphs, graphRevisions, type GraphRow, type GraphRevisionRow } from './schema/index.js';
