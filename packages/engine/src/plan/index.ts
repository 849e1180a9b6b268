// @pc/engine/plan: the planner and cache keys alone (pure, no IO), for the browser.
export { planRun, type RunPlan, type PlannedNode, type PlannedNodeRole, type PlanRunOptions } from './plan-run.js';
export { nodeCacheKey, WORKFLOW_ONLY_FIELDS, type CacheKeyInput, type Sha256Hex } from './cache-key.js';
export { graphCacheKeys } from './graph-keys.js';
export { RunPlanError, type RunPlanErrorCode } from './run-plan-error.js';
