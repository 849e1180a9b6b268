// @pc/engine: run orchestration: the job queue contract and its
// two implementations, the event bus, the run planner and the DB-backed run engine. See README.md.

export {
  resourceClasses,
  resourceClassSchema,
  jobPriority,
  MAX_JOB_PRIORITY,
  nodeJobSchema,
  jobIdOf,
  parseNodeJob,
  type ResourceClass,
  type NodeJob,
} from './queue/node-job.js';
export type {
  JobQueue,
  JobHandler,
  JobContext,
  JobProgress,
  JobOutcome,
  JobFailure,
  JobCounts,
  EnqueueOptions,
  EnqueueInFlight,
  ProcessOptions,
  CloseReport,
} from './queue/job-queue.js';
export { NonRetryableError, JobCancelledError, QueueClosingError, isRetryable } from './queue/errors.js';
export {
  backoffDelay,
  defaultRetryPolicy,
  defaultRetentionPolicy,
  type RetryPolicy,
  type RetentionPolicy,
  type RetentionBounds,
  type QueuePolicyOptions,
} from './queue/policy.js';
export { createInProcessQueue, type InProcessQueueOptions } from './queue/in-process/queue.js';
export { createBullMqQueue, type BullMqQueueOptions, type BullMqJobQueue } from './queue/bullmq/queue.js';
export type { RedisTarget } from './redis/connections.js';
export {
  engineEventSchema,
  runStatusEventSchema,
  nodeStatusEventSchema,
  nodeProgressEventSchema,
  batchProgressEventSchema,
  runCreatedEventSchema,
  revisionSavedEventSchema,
  batchItemFinishedEventSchema,
  batchStatusEventSchema,
  runStatuses,
  nodeStatuses,
  runChannel,
  batchChannel,
  graphRunsChannel,
  channelSchema,
  type EngineEvent,
  type RunStatusEvent,
  type NodeStatusEvent,
  type NodeProgressEvent,
  type BatchProgressEvent,
  type RunCreatedEvent,
  type RevisionSavedEvent,
  type BatchItemFinishedEvent,
  type BatchStatusEvent,
  type RunStatus,
  type NodeStatus,
} from './events/events.js';
export type { EventBus, EventHandler, EventBusStats, Unsubscribe } from './events/event-bus.js';
export { createInProcessEventBus, type InProcessEventBusOptions } from './events/in-process-bus.js';
export { createRedisEventBus, type RedisEventBusOptions } from './events/redis-bus.js';
export { planRun, type RunPlan, type PlannedNode, type PlannedNodeRole, type PlanRunOptions } from './plan/plan-run.js';
export { nodeCacheKey, type CacheKeyInput, type Sha256Hex } from './plan/cache-key.js';
export { nativeSha256Hex } from './runs/native-sha256.js';
export { graphCacheKeys } from './plan/graph-keys.js';
export { RunPlanError, type RunPlanErrorCode } from './plan/run-plan-error.js';
export {
  createRunEngine,
  type RunEngine,
  type RunEngineOptions,
  type DependantsAdd,
  type SubmitRunInput,
  type RunView,
  type RunNodeView,
  type SweepReport,
  type EngineLogger,
  type RunObserver,
  type FinishedRun,
} from './runs/run-engine.js';
export { createDbArtifactStore, artifactHash, type ArtifactStore, type StoredArtifact } from './runs/artifact-store.js';
export { createS3ArtifactStore, s3ObjectUrl, S3StoreError, type S3Settings } from './runs/s3-artifact-store.js';
export {
  artifactStoreEnvVars,
  artifactStoreEnvSchema,
  requireS3Vars,
  artifactStoreConfigFrom,
  createArtifactStore,
  type ArtifactStoreConfig,
} from './runs/artifact-store-config.js';
export {
  createWorkspaceGeneration,
  loadSecretsKey,
  secretContext,
  type GenerationSource,
  type WorkspaceGeneration,
  type WorkspaceGenerationOptions,
} from './generation/workspace-generation.js';
export { createNodeFunctions, type NodeFunctions, type NodeRunRequest, type NodeRunResult, type NodeRunContext } from './runs/node-functions.js';
export { createPngPool, parsePngThreads, type PngPool, type PngPoolOptions, type PngPoolStats, type RenderPng } from './png/png-pool.js';
export { WORKFLOW_ONLY_FIELDS } from './plan/cache-key.js';
export { applyNodeOverrides, createOverrideChecker, type NodeOverrides, type OverrideIssue } from './batches/overrides.js';
export { submitBatch, type SubmitBatchInput, type SubmitBatchOutcome } from './batches/submit-batch.js';
export {
  loadBatchView,
  listBatchItems,
  batchViewOf,
  countBatchItems,
  type BatchView,
  type BatchCounts,
  type BatchItemView,
  type BatchItemNodeOutput,
} from './batches/batch-view.js';
export { createBatchService, type BatchService, type BatchServiceOptions } from './batches/batch-service.js';
export { allocateSlots, batchJobPriority, type BatchScheduler } from './batches/scheduler.js';
export { signWebhook, verifyWebhookSignature, encryptWebhookSecret } from './batches/webhooks.js';
export { checkWebhookUrl, parseWebhookAllowPrivate, PUBLIC_ONLY, type WebhookTargetPolicy, type WebhookUrlCheck } from './batches/webhook-target/policy.js';
export type { ResolveHost } from './batches/webhook-target/vet.js';
export {
  backendAccessEnvVars,
  backendAccessFrom,
  backendSecretEnv,
  backendLookup,
  backendUrlCheck,
  isLoopbackHost,
  LOOPBACK_ONLY,
  NO_BACKEND_ACCESS,
  parseBackendSecretEnv,
  refusedBackendUrl,
  refusedSecretEnv,
  vetBackendConfig,
  type BackendAccess,
} from './generation/backend-target.js';
export { readSecretsKey } from '@pc/functions';
export type { BatchControlOutcome } from './batches/control.js';
