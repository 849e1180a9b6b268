import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@pc/db';
import type { Logger } from 'pino';
import type { AppEnv } from './env.js';
import { validationHook } from './errors/validation-hook.js';
import { bodyLimit } from './middleware/body-limit/index.js';
import { problemErrorHandler, problemNotFound } from './middleware/problem-json/index.js';
import { requestId } from './middleware/request-id/index.js';
import { requestLogger } from './middleware/request-logger/index.js';
import { registerApiDocs } from './routes/api-docs.js';
import type { RouteDeps } from './routes/deps.js';
import { registerCreateGraph } from './routes/graphs/create-graph.js';
import { registerDeleteGraph } from './routes/graphs/delete-graph.js';
import { registerExportGraph } from './routes/graphs/export-graph.js';
import { registerGetGraph } from './routes/graphs/get-graph.js';
import { registerImportGraph } from './routes/graphs/import-graph.js';
import { registerListGraphs } from './routes/graphs/list-graphs.js';
import { registerRenameGraph } from './routes/graphs/rename-graph.js';
import { registerReplaceGraph } from './routes/graphs/replace-graph.js';
import { registerHealth } from './routes/health.js';
import { registerListNodeTypes } from './routes/node-types.js';
import { registerCreateRevision } from './routes/revisions/create-revision.js';
import { registerGetRevision } from './routes/revisions/get-revision.js';
import { registerListRevisions } from './routes/revisions/list-revisions.js';
import { registerRestoreRevision } from './routes/revisions/restore-revision.js';
import { hasWebApp, serveWebApp } from './web-app/index.js';

export interface AppConfig {
  maxBodyBytes: number;
  /** The built web app, served on the same port when it exists. */
  webDist?: string | undefined;
}

export interface AppOptions {
  database: Database;
  logger: Logger;
  config: AppConfig;
}

export const API_VERSION = '0.1.0';

/**
 * The whole HTTP surface, without a port: `app.fetch` for the Node server, `app.request`
 * in tests.
 */
export function createApp({ database, logger, config }: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const deps: RouteDeps = { database };

  // 1. Identify and log every request; refuse oversized bodies before anything reads them.
  app.use(requestId());
  app.use(requestLogger({ logger }));
  app.use('/api/*', bodyLimit({ maxBytes: config.maxBodyBytes }));

  // 2. The versioned API: one module per route.
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  registerListNodeTypes(api);
  registerListGraphs(api, deps);
  registerCreateGraph(api, deps);
  registerImportGraph(api, deps);
  registerGetGraph(api, deps);
  registerReplaceGraph(api, deps);
  registerRenameGraph(api, deps);
  registerDeleteGraph(api, deps);
  registerExportGraph(api, deps);
  registerCreateRevision(api, deps);
  registerListRevisions(api, deps);
  registerGetRevision(api, deps);
  registerRestoreRevision(api, deps);
  app.route('/api/v1', api);

  // 3. Its description, generated from the same route definitions, and a page to read it.
  let openApiDocument: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get('/api/v1/openapi.json', (c) => {
    // Routes are fixed once the app is built: generate the document once.
    openApiDocument ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Production Canvas API',
        version: API_VERSION,
        description: 'Graphs of Character, Scene and Shot nodes. Every error is application/problem+json.',
      },
    });
    return c.json(openApiDocument);
  });
  registerApiDocs(app);

  // 4. Probes.
  registerHealth(app, deps);

  // 5. The web app on the same port, for everything that is not the server's.
  if (config.webDist && hasWebApp(config.webDist)) app.use('*', serveWebApp({ root: config.webDist }));

  app.notFound(problemNotFound);
  app.onError(problemErrorHandler({ logger }));
  return app;
}
