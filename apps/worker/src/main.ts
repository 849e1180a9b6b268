import { createDatabase, getMigrationStatus } from '@pc/db';
import { createArtifactStore, createBatchService, createBullMqQueue, createNodeFunctions, createPngPool, createRedisEventBus, createRunEngine, createWorkspaceGeneration, loadSecretsKey, type NodeFunctions } from '@pc/engine';
import { createLogger, getProcessMetrics, metricsRunObserver, setProcessService, startTracing } from '@pc/observability';
import { loadWorkerConfig } from './config.js';
import { startHealthServer } from './health.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Function Runner: takes node jobs from BullMQ and runs them with the same engine the
 * server embeds. Migrations are the server's job; the worker waits until they are applied.
 */
async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = createLogger({ service: 'worker', level: config.logLevel, base: { pid: process.pid } });
  // Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. Node jobs continue the trace their job data carries.
  const tracing = startTracing({ serviceName: 'pc-worker' });
  setProcessService('worker');
  const metrics = getProcessMetrics();
  const database = await createDatabase({ databaseUrl: config.databaseUrl, maxConnections: Math.max(4, config.concurrency.cpu + config.concurrency.io) });
  for (let waited = 0; ; waited += 1) {
    const status = await getMigrationStatus(database).catch(() => undefined);
    if (status && status.pending.length === 0) break;
    if (waited % 10 === 0) logger.info({ pending: status?.pending }, 'waiting for migrations');
    await sleep(1_000);
  }

  // PNGs render in worker threads: resvg is synchronous and would stall this event loop
  // (heartbeats, lock renewals, cancel messages). The thread is dist/png-thread.js.
  const pngPool = createPngPool({ size: config.pngThreads });
  const base = createNodeFunctions({ renderPng: pngPool.render });
  const functions: NodeFunctions =
    config.testNodeDelayMs > 0
      ? {
          ...base,
          async run(request, context) {
            logger.info({ nodeId: request.node.id }, 'node started');
            await new Promise<void>((resolve, reject) => {
              const timer = setTimeout(resolve, config.testNodeDelayMs);
              context.signal.addEventListener('abort', () => (clearTimeout(timer), reject(context.signal.reason as Error)), { once: true });
            });
            return base.run(request, context);
          },
        }
      : base;

  const onError = (error: unknown) => logger.error({ err: error }, 'engine transport error');
  const queue = createBullMqQueue({
    redisUrl: config.redisUrl,
    ...(config.redisPrefix ? { prefix: config.redisPrefix } : {}),
    lockDurationMs: config.lockDurationMs,
    stalledIntervalMs: config.stalledIntervalMs,
    onError,
  });
  const bus = createRedisEventBus({ redisUrl: config.redisUrl, ...(config.redisPrefix ? { prefix: config.redisPrefix } : {}), onError });
  const artifactStore = createArtifactStore(database.db, config.artifactStore);
  const secretsKey = await loadSecretsKey(database.db, config.secretsKey);
  const generation = createWorkspaceGeneration(database.db, { env: process.env, secretsKey: () => Promise.resolve(secretsKey), access: config.backendAccess });
  // A run this worker finishes finishes its batch item here and starts the next items at
  // once (the scheduler is DB-guarded, so servers and workers share it); webhooks stay with the server.
  const engine = createRunEngine({
    db: database.db,
    queue,
    bus,
    functions,
    artifactStore,
    generation,
    leaseMs: config.leaseMs,
    dependantsAdd: config.dependantsAdd,
    logger,
    observer: metricsRunObserver(metrics),
    onRunFinished: (run) => batches.onRunFinished(run),
  });
  const batches = createBatchService({ db: database.db, engine, bus, globalConcurrency: config.batchConcurrency, logger });
  metrics.watchQueue(() => queue.counts());
  const concurrency = Object.fromEntries(Object.entries(config.concurrency).filter(([, count]) => count > 0));
  engine.startWorkers(concurrency);
  const stopSweeper = config.sweepIntervalMs > 0 ? engine.startSweeper(config.sweepIntervalMs) : () => {};
  const stopBatches = config.sweepIntervalMs > 0 ? batches.start(Math.min(config.sweepIntervalMs, 1_000)) : () => {};
  const health = config.port === undefined
    ? undefined
    : await startHealthServer({
        port: config.port,
        host: config.host,
        checks: {
          database: () => database.ping(),
          redis: () => queue.counts(),
        },
        onCheckFailed: (check, error) => logger.warn({ check, err: error }, 'health check failed'),
        metrics: { metrics, token: config.metricsToken },
      });
  logger.info({ concurrency, pngThreads: pngPool.size, ...(health ? { healthPort: health.port } : {}) }, 'worker ready');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing or handing back jobs');
    void (async () => {
      stopSweeper();
      stopBatches();
      const report = await queue.close({ deadlineMs: config.shutdownDeadlineMs });
      logger.info({ handedBack: report.handedBack.length }, 'queue closed');
      health?.server.close();
      await pngPool.destroy({ deadlineMs: 2_000 });
      await bus.close();
      await database.close();
      await tracing?.shutdown();
    })().then(
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
