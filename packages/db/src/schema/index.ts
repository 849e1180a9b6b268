/**
 * The database schema: one table per file, its relations beside it. drizzle-kit reads
 * this module to generate migrations (see README.md).
 */
export { graphs, graphsRelations, type GraphRow } from './graphs.js';
export { graphRevisions, graphRevisionsRelations, type GraphRevisionRow } from './graph-revisions.js';
