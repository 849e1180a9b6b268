import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@pc/db';
import { getProcessMetrics, metricsRunObserver } from '@pc/observability';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import { BEARER_KEY_SCHEME, SESSION_COOKIE_SCHEME } from './auth/access.js';
import { createPasswordHasher, type PasswordHasher } from './auth/password.js';
import { sessionCookieName } from './auth/session-cookie.js';
import type { SessionSettings } from './auth/sessions.js';
import { createSignInLimiter } from './auth/sign-in-limits.js';
import { createCollabService, type CollabService } from './collab/index.js';
import type { AppEnv } from './env.js';
import { validationHook } from './errors/validation-hook.js';
import { isHttpsRequest, requestOrigin } from './http/origin.js';
import { parseQueriesAndParamsSynchronously } from './http/sync-parse.js';
import { apiAccess } from './middleware/api-access/index.js';
import { createAuthenticator } from './middleware/authenticate/index.js';
import { createCredentialCache } from './auth/credential-cache.js';
import { createGraphReadCache } from './graphs/read-cache.js';
import { createGraphResponseCache } from './graphs/response-cache.js';
import { bodyLimit } from './middleware/body-limit/index.js';
import { clientIpStage } from './middleware/client-ip/index.js';
import { compressionStage } from './middleware/compression/index.js';
import { cors } from './middleware/cors/index.js';
import { csrf } from './middleware/csrf/index.js';
import { problemErrorHandler, problemNotFound } from './middleware/problem-json/index.js';
import { createMemoryRateLimitStore, type RateLimitStore } from './middleware/rate-limit/index.js';
import { edge } from './middleware/edge/index.js';
import { requestIdStage } from './middleware/request-id/index.js';
import { requestLoggerStage } from './middleware/request-logger/index.js';
import { requestTimeout } from './middleware/request-timeout/index.js';
import { securityHeadersStage } from './middleware/security-headers/index.js';
import { registerApiDocs } from './routes/api-docs.js';
import { registerBenchBareRoutes } from './routes/bench-bare.js';
import { registerApiRoutes } from './routes/register.js';
import type { RouteDeps } from './routes/deps.js';
import { registerHealth } from './routes/health.js';
import { withSchemaExamples } from './openapi/examples.js';
import { withOperationIds } from './openapi/operation-ids.js';
import { withPublicOperationsMarked } from './openapi/public-operations.js';
import { DEFAULT_API_LIMITS, withRateLimits, type ApiLimits } from './openapi/rate-limits.js';
import { withSecurityDefaults, type RateLimitSettings, type SecuritySettings } from './security-settings.js';
import { hasWebApp, serveWebApp } from './web-app/index.js';
import { httpObservabilityStage, registerOperationsRoutes, type ObservabilityOptions } from './observability/index.js';
import { METRICS_TOKEN_SCHEME } from './observability/metrics-route.js';
import { createRunServices, type RunServices } from './runs/services.js';
import { BATCH_BODY_MAX_BYTES } from './routes/batches/schemas.js';

export interface AppConfig {
  maxBodyBytes: number;
  /** The built web app, served on the same port when it exists. */
  webDist?: string | undefined;
  /** Unfinished batches one user may have at once (BATCH_MAX_ACTIVE_PER_USER); default 20. */
  maxActiveBatchesPerUser?: number | undefined;
  /** Sessions, CORS, proxies, timeouts and rate limits; defaults for anything left out. */
  security?: (Partial<Omit<SecuritySettings, 'rateLimits'>> & { rateLimits?: Partial<RateLimitSettings> }) | undefined;
  /** bench/api's baseline routes (`BENCH_BARE_ROUTES=1`); never in a normal server. */
  benchBareRoutes?: boolean | undefined;
}

export interface AppOptions {
  database: Database;
  logger: Logger;
  config: AppConfig;
  /** Rate-limit counters: Redis in the scaled mode; in memory by default. */
  rateLimitStore?: RateLimitStore;
  /** Password hashing; tests pass a cheap scrypt cost. */
  passwords?: PasswordHasher;
  /** The clock sessions and keys expire by; tests move it. */
  now?: () => Date;
  /** The collaboration server (main.ts attaches it to the HTTP server); an in-process one by default. */
  collab?: CollabService;
  /** The run engine; default: embedded (in-process queue, bus and workers on this database). */
  runs?: RunServices;
  /** Metrics, `/metrics`, Redis readiness and the queue dashboard. */
  observability?: ObservabilityOptions;
}

export const API_VERSION = '0.2.0';

export type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>;

/** The OpenAPI 3.1 document of an app, generated from its route definitions, stating `limits`. */
export const describeApi = (app: OpenAPIHono<AppEnv>, limits: ApiLimits = DEFAULT_API_LIMITS): OpenApiDocument =>
  withRateLimits(
    withPublicOperationsMarked(
      withOperationIds(
        withSchemaExamples(
          app.getOpenAPI31Document({
            openapi: '3.1.0',
            info: {
              title: 'Production Canvas API',
              version: API_VERSION,
              description:
                'Graphs of Character, Scene and Shot nodes in workspaces. Every error is application/problem+json. ' +
                'Scripts authenticate with `Authorization: Bearer pc_…`; resources of workspaces you are not in answer 404. ' +
                `Every answer carries \`X-Request-Id\` (a problem’s \`requestId\`). Every answer under /api/v1 counts against ${limits.perIpPerMinute} requests a minute ` +
                `per IP address and ${limits.perActorPerMinute} per user or API key, and carries \`RateLimit-Limit\`, \`RateLimit-Remaining\`, ` +
                '`RateLimit-Reset` (seconds) and `RateLimit-Policy` (components.headers); a 429 `Retry-After`. Operations with limits of their own say so. ' +
                'Lists page by cursor: pass `nextCursor` back as `cursor` until it is null.',
            },
            // Paths carry their /api/v1 prefix: the server that serves this document is the base.
            servers: [{ url: '/', description: 'The server that serves this document' }],
          }),
        ),
      ),
    ),
    limits,
  );

/**
 * The whole HTTP surface, without a port: `app.fetch` for the Node server, `app.request`
 * in tests.
 */
export function createApp({
  database,
  logger,
  config,
  rateLimitStore = createMemoryRateLimitStore(),
  passwords = createPasswordHasher(),
  now = () => new Date(),
  collab,
  observability = {},
  runs,
}: AppOptions): OpenAPIHono<AppEnv> {
  const metrics = observability.metrics ?? getProcessMetrics();
  runs ??= createRunServices({ database, logger, observer: metricsRunObserver(metrics) });
  const security = withSecurityDefaults(config.security);
  const origin = { publicUrl: security.publicUrl, trustProxy: security.trustProxy };
  const isHttps = (c: Context) => isHttpsRequest(c, origin);
  const sessions: SessionSettings = { idleMs: security.sessionIdleMs, absoluteMs: security.sessionAbsoluteMs, isHttps };
  const deps: RouteDeps = {
    database,
    now,
    passwords,
    sessions,
    signInLimiter: createSignInLimiter(rateLimitStore, security.rateLimits),
    collab:
      collab ??
      createCollabService({
        db: database.db,
        serialisedDatabase: database.kind === 'pglite',
        logger,
        sessionIdleMs: security.sessionIdleMs,
        publicOrigin: security.publicUrl?.origin,
        trustProxy: security.trustProxy,
        now,
        onFanOut: (ms) => metrics.collabFanOut.observe(ms / 1000),
      }),
    graphReads: createGraphReadCache({ ttlMs: security.graphReadCacheTtlMs, now: () => now().getTime() }),
    graphAnswers: createGraphResponseCache(),
    runs,
    batches: { service: runs.batches, maxActivePerUser: config.maxActiveBatchesPerUser ?? 20, secretsKey: runs.secretsKey, webhookPolicy: runs.webhookPolicy },
  };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const minute = 60_000;
  metrics.watchQueue(() => runs.queue.counts());
  metrics.watchCollab(() => deps.collab.stats());
  // Revocations reach the cache at once here and, through the relay, on every other process.
  const credentialCache = createCredentialCache({ ttlMs: security.credentialCacheTtlMs });
  deps.collab.onAccessEvent((event) => {
    if (event === 'missed') credentialCache.clear();
    else if (event.kind === 'api-key-revoked') credentialCache.forgetKey(event.keyId);
    else if (event.kind === 'sessions-ended') credentialCache.forgetSessions(event.userId, event.sessionHash);
  });
  // Graph writes, deletes and membership changes, this process's and (relayed) the others'.
  deps.collab.onAccessEvent((event) => {
    if (event === 'missed') deps.graphReads.clear();
    else if (event.kind === 'graph-changed') deps.graphReads.graphChanged(event.graphId, event.workspaceId);
    else if (event.kind === 'graph-deleted') deps.graphReads.graphChanged(event.graphId);
    else if (event.kind === 'membership') deps.graphReads.membershipChanged(event.workspaceId, event.userId);
  });
  const authenticator = createAuthenticator({ db: database.db, sessions, now, cache: credentialCache });
  const authenticated = authenticator.middleware;
  const csrfOptions = { ownOrigin: (c: Context) => requestOrigin(c, origin) };
  const sameOrigin = csrf(csrfOptions);
  // 0. Before any middleware, so they stay bare.
  if (config.benchBareRoutes) registerBenchBareRoutes(app as never, { maxBytes: config.maxBodyBytes });

  // 1. Identify, time and log every request; security headers on every response; gzip/brotli
  //    for JSON, HTML and text as Accept-Encoding allows (never event streams or images).
  //    One middleware: each of these is a few lines, and a layer each cost more than their work.
  app.use(
    edge([
      requestIdStage(),
      httpObservabilityStage({ metrics }),
      requestLoggerStage({ logger }),
      securityHeadersStage({ isHttps }),
      clientIpStage({ trustProxy: security.trustProxy }),
      compressionStage(),
    ]),
  );

  // 2. API guards, cheapest first: CORS (when configured), time and size limits, then in one
  //    middleware the per-IP limit before any database work, who is calling, CSRF, and the
  //    per-user/key limit.
  if (security.corsOrigins.length > 0) app.use('/api/*', cors({ origins: security.corsOrigins }));
  // Batch submissions carry up to 10,000 items: that one route gets a larger body limit.
  const batchBodyLimit = bodyLimit({ maxBytes: Math.max(config.maxBodyBytes, BATCH_BODY_MAX_BYTES) });
  const apiBodyLimit = bodyLimit({ maxBytes: config.maxBodyBytes });
  const timed = requestTimeout({ timeoutMs: security.requestTimeoutMs });
  // GET and HEAD have no body to limit: the timeout alone, without the limiter's layer.
  app.use('/api/*', (c, next) =>
    timed(c, c.req.method === 'GET' || c.req.method === 'HEAD' ? next : async () => void (await (c.req.method === 'POST' && c.req.path === '/api/v1/batches' ? batchBodyLimit : apiBodyLimit)(c, next))),
  );
  app.use(
    '/api/v1/*',
    apiAccess({
      store: rateLimitStore,
      authenticator,
      csrf: csrfOptions,
      ipRule: (ip) => ({ name: 'ip', key: ip, limit: security.rateLimits.perIpPerMinute, windowMs: minute }),
      actorRule: (actor) => ({
        name: 'actor',
        key: actor.kind === 'api_key' ? `key:${actor.keyId}` : `user:${actor.user.id}`,
        limit: security.rateLimits.perActorPerMinute,
        windowMs: minute,
      }),
    }),
  );

  // 3. The versioned API: one module per route.
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  registerApiRoutes(api, deps);
  parseQueriesAndParamsSynchronously(api.openAPIRegistry);
  app.route('/api/v1', api);

  // 4. Its description, generated from the same route definitions, and a page to read it.
  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_COOKIE_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookieName(false),
    description: 'The browser session (`__Host-pc_session` over https). Mutations must be same-origin with a JSON body.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', BEARER_KEY_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key (`pc_…`) from /api/v1/api-keys, acting for its user within its scopes.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', METRICS_TOKEN_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'The server’s `METRICS_TOKEN` (GET /metrics only).',
  });
  let openApiDocument: OpenApiDocument | undefined;
  app.get('/api/v1/openapi.json', (c) => {
    // Routes are fixed once the app is built: generate the document once.
    openApiDocument ??= describeApi(app, { ...security.rateLimits, activeBatchesPerUser: deps.batches.maxActivePerUser });
    return c.json(openApiDocument);
  });
  registerApiDocs(app);

  // 5. Probes, metrics and the queue dashboard.
  registerHealth(app, { database, redis: observability.redis });
  registerOperationsRoutes(app, { ...observability, metrics, adminGuards: [bodyLimit({ maxBytes: 64 * 1024 }), authenticated, sameOrigin] });

  // 6. The web app on the same port, for everything that is not the server's.
  if (config.webDist && hasWebApp(config.webDist)) app.use('*', serveWebApp({ root: config.webDist }));

  app.notFound(problemNotFound);
  app.onError(problemErrorHandler({ logger }));
  return app;
}
