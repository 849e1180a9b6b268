/**
 * @pc/server as a library: the app factory (for tests and embedding) and the request and
 * response types of the API, inferred from the same zod route definitions that validate
 * requests and generate the OpenAPI document (packages/sdk reuses them).
 */
export { createApp, describeApi, type AppConfig, type AppOptions, type OpenApiDocument } from './app.js';
export { generateOpenApiDocument } from './openapi-document.js';
export { apiErrorCodeSchema, type ApiErrorCode, type FieldError } from './errors/api-error.js';
export type { Problem } from './errors/problem.js';
export type { CreateGraphBody } from './routes/graphs/create-graph.js';
export type { ReplaceGraphBody } from './routes/graphs/replace-graph.js';
export type { RenameGraphBody } from './routes/graphs/rename-graph.js';
export type { ImportGraphBody } from './routes/graphs/import-graph.js';
export type { CreateRevisionBody } from './routes/revisions/create-revision.js';
export type {
  GraphResponse,
  GraphSummaryResponse,
  GraphListResponse,
  GraphRevisionResponse,
  GraphRevisionSummaryResponse,
  GraphRevisionListResponse,
} from './routes/graphs/schemas.js';
