import type { Server } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { createDatabase, deleteExpiredSessions, migrate } from '@pc/db';
import { createBullMqQueue, createPngPool, createRedisEventBus, parsePngThreads } from '@pc/engine';
import { createLogger, getProcessMetrics, metricsRunObserver, setProcessService, startTracing } from '@pc/observability';
import { createApp } from './app.js';
import { createCollabService, createLocalRelay, createRedisRelay } from './collab/index.js';
import { ConfigError, loadConfig } from './config.js';
import { createMemoryRateLimitStore, createRedisRateLimitStore } from './middleware/rate-limit/index.js';
import { createRunServices } from './runs/services.js';
import { describeListenError, getFirstStartNotice, getOpenUrl, getReadyNotice, isFirstEmbeddedStart } from './startup-notice.js';

/** Of the shutdown deadline, the share in-flight requests get before connections are cut. */
const REQUEST_GRACE_SHARE = 0.4;

async function main(): Promise<void> {
  // 1. Configuration: fail fast, listing every bad variable.
  const config = loadConfig();
  const logger = createLogger({ service: 'server', level: config.logLevel });
  // Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set; started before anything makes spans.
  const tracing = startTracing({ serviceName: 'pc-server' });
  setProcessService('server');
  const metrics = getProcessMetrics();

  // 2. Database: Postgres when DATABASE_URL is set, embedded PGlite in DATA_DIR otherwise.
  if (!config.databaseUrl && isFirstEmbeddedStart(config.dataDir)) {
    logger.info({ dataDir: config.dataDir }, 'creating the embedded database');
    if (process.stderr.isTTY) console.error(getFirstStartNotice(config.dataDir));
  }
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, maxConnections: config.databasePoolSize });
  const { applied } = await migrate(database);
  logger.info({ database: database.kind, ...(database.kind === 'pglite' ? { dataDir: config.dataDir } : {}), applied }, 'database ready');

  // 3. Rate-limit counters: shared in Redis when scaled, in this process otherwise.
  const rateLimitStore = config.redisUrl ? createRedisRateLimitStore(config.redisUrl) : createMemoryRateLimitStore();

  // 4. Runs. Embedded: in-process queue and bus, workers here, and unfinished runs resumed
  //    from the database. Scaled (REDIS_URL): BullMQ + Redis pub/sub; apps/worker runs the
  //    jobs unless EMBEDDED_WORKERS=true. Either way this process sweeps for stranded nodes.
  //    PNGs render on a worker-thread pool (PNG_THREADS, dist/png-thread.js) when jobs run here.
  const engineLogger = logger.child({ component: 'engine' });
  const runsJobsHere = !config.redisUrl || config.runs.embeddedWorkers;
  const pngPool = runsJobsHere ? createPngPool({ size: parsePngThreads(process.env['PNG_THREADS']) }) : undefined;
  const renderPng = pngPool ? { renderPng: pngPool.render } : {};
  const observer = metricsRunObserver(metrics);
  const redisPrefix = config.redisPrefix ? { prefix: config.redisPrefix } : {};
  const batchOptions = { batchConcurrency: config.batches.concurrency, secretsKey: config.secretsKey, webhookPolicy: config.webhookPolicy, backendAccess: config.backendAccess };
  const queue = config.redisUrl
    ? createBullMqQueue({ redisUrl: config.redisUrl, ...redisPrefix, onError: (error) => engineLogger.error({ err: error }, 'queue error') })
    : undefined;
  const runs = config.redisUrl
    ? createRunServices({
        database,
        logger: engineLogger,
        ...renderPng,
        observer,
        ...batchOptions,
        queue,
        bus: createRedisEventBus({ redisUrl: config.redisUrl, ...redisPrefix, onError: (error) => engineLogger.error({ err: error }, 'bus error') }),
        workers: config.runs.embeddedWorkers ? config.runs.concurrency : false,
        sweepIntervalMs: config.runs.sweepIntervalMs,
        dependantsAdd: config.runs.dependantsAdd,
        artifactStore: config.artifactStore,
      })
    : createRunServices({
        database,
        logger: engineLogger,
        ...renderPng,
        workers: config.runs.concurrency,
        sweepIntervalMs: config.runs.sweepIntervalMs,
        artifactStore: config.artifactStore,
        observer,
        ...batchOptions,
      });
  if (!config.redisUrl) {
    const recovered = await runs.engine.recoverOnStartup();
    if (recovered.requeued + recovered.recovered + recovered.failed > 0) logger.info(recovered, 'resumed unfinished runs');
  }

  // 5. Live documents: the y-websocket endpoint on the same port. Processes serving the
  //    same graph relay updates through Redis when scaled (docs/collaboration.md).
  const collab = createCollabService({
    db: database.db,
    serialisedDatabase: database.kind === 'pglite',
    logger,
    relay: config.redisUrl ? createRedisRelay(config.redisUrl, logger) : createLocalRelay(),
    tokenSecret: config.collabTokenSecret,
    sessionIdleMs: config.security.sessionIdleMs,
    publicOrigin: config.security.publicUrl?.origin,
    trustProxy: config.security.trustProxy,
    onFanOut: (ms) => metrics.collabFanOut.observe(ms / 1000),
  });

  // 6. HTTP.
  const app = createApp({
    database,
    logger,
    config: { ...config, maxActiveBatchesPerUser: config.batches.maxActivePerUser },
    rateLimitStore,
    runs,
    collab,
    observability: {
      metrics,
      metricsToken: config.metricsToken,
      adminEmails: config.adminEmails,
      ...(queue ? { redis: () => queue.counts(), queues: Object.values(queue.queues) } : {}),
    },
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info({ url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}` }, 'listening');
    if (config.backendAccess.thisMachineOnly) {
      logger.info({ allowed: '127.0.0.0/8,::1/128' }, 'generation back ends may be at loopback addresses (a ComfyUI on this machine): only this machine can reach this server. BACKEND_ALLOW_PRIVATE=false refuses them');
    }
    if (process.stderr.isTTY) console.error(getReadyNotice(getOpenUrl(config.host, info.port), database.kind === 'pglite' ? config.dataDir : undefined));
  });
  // A taken port is the first thing a second `pnpm start` meets: say so and how to choose another.
  server.once('error', (error: NodeJS.ErrnoException) => {
    const told = describeListenError(error, config.host, config.port);
    if (!told) throw error;
    logger.error({ code: error.code, host: config.host, port: config.port }, 'cannot listen');
    console.error(told);
    process.exit(1);
  });
  collab.attach(server as Server);
  // Slow clients (slowloris, a trickled upload) are cut at the socket, a little after
  // the 504 the app gives a slow handler.
  if ('requestTimeout' in server) {
    server.requestTimeout = config.security.requestTimeoutMs + 5_000;
    server.headersTimeout = Math.min(20_000, server.requestTimeout);
  }
  // Expired sessions are refused anyway; this only keeps the table small.
  const sweep = setInterval(() => void deleteExpiredSessions(database.db, new Date()).catch(() => undefined), 60 * 60 * 1000);
  sweep.unref();

  // 7. Graceful shutdown: stop accepting, let in-flight requests finish, write every open
  //    document down (sockets get 1012 and reconnect elsewhere), close the database.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const deadlineAt = Date.now() + config.shutdownDeadlineMs;
    logger.info({ signal, deadlineMs: config.shutdownDeadlineMs }, 'shutting down');
    // Past the deadline the orchestrator would SIGKILL us anyway: exit on our terms, saying so.
    setTimeout(() => {
      logger.error({ deadlineMs: config.shutdownDeadlineMs }, 'shutdown deadline passed; exiting');
      process.exit(1);
    }, config.shutdownDeadlineMs).unref();
    // Sockets close first (server.close waits for every connection, WebSockets included);
    // rooms write themselves down while in-flight requests finish.
    const collabClosed = collab.close();
    void shutdown(server, config.shutdownDeadlineMs * REQUEST_GRACE_SHARE, async () => {
      await collabClosed;
      // Running jobs get what is left (less a margin for the rest); unfinished ones go back to the queue.
      await runs.close({ deadlineMs: Math.max(500, deadlineAt - Date.now() - 3_000) });
      await pngPool?.destroy({ deadlineMs: 2_000 });
      await rateLimitStore.close();
      await database.close();
      await tracing?.shutdown();
    }).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function shutdown(server: ServerType, graceMs: number, closeDatabase: () => Promise<void>): Promise<void> {
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, graceMs);
    force.unref();
    // Since Node 19, close() also drops idle keep-alive connections; busy ones finish first.
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
  });
  await closeDatabase();
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): write plainly and exit non-zero.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
