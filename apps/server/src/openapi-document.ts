import pino from 'pino';
import { createApp, describeApi, type OpenApiDocument } from './app.js';
import { stubDatabase } from './test/stub-database.js';

/**
 * The OpenAPI document without a database or a port: every route is registered at build
 * time, so an app over a database that is never queried describes the same API as a
 * running server. packages/sdk generates its types from this.
 */
export function generateOpenApiDocument(): OpenApiDocument {
  return describeApi(createApp({ database: stubDatabase(), logger: pino({ level: 'silent' }), config: { maxBodyBytes: 1024 } }));
}
