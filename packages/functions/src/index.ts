export {
  functionRegistry,
  getFunction,
  getFunctionsForNodeType,
  runFunction,
  FunctionInputError,
  type FunctionName,
  type RunRequest,
} from './registry.js';
export type {
  NodeFunction,
  FunctionInput,
  FunctionContext,
  FunctionResult,
  UpstreamNode,
  Artifact,
  ArtifactKind,
  JsonValue,
} from './types.js';
export { deriveSeed } from './seed.js';
export { buildIdentityBlock, getIdentityBlock, canonicalName } from './character/identity-block.js';
export { buildCharacterBible, type CharacterBible } from './character/bible.js';
export { buildViewPrompts, characterViews, type CharacterView, type ViewPrompt } from './character/views.js';
export { formatSceneHeading } from './scene/heading.js';
export { readDialogueLines, type DialogueLine } from './scene/dialogue.js';
export { measureScene, formatEighths, TIMING, type SceneTiming } from './scene/timing.js';
export { buildCast, type CastMember, type CastFlag } from './scene/cast.js';
export type { SceneBreakdown } from './scene/scene-breakdown.js';
export { compileShotPrompt as compilePrompt, STYLE_PREFIX, type CompiledPrompt, type PromptReference } from './shot/compile-prompt.js';
export { generationSize, LONG_EDGE } from './shot/resolution.js';
export { getShotDuration } from './shot/duration.js';
export { readShotContext, type ShotContext, type FramedCharacter } from './shot/shot-context.js';
export { formatCaption } from './frame/caption.js';
export { toLocationRef, type LocationRef } from './location/location-ref.js';
export { locationReferencePrompt } from './location/location-sheet.js';
export { toStyleRef, promptTerms, type StyleRef } from './style/style-ref.js';
export type { ScriptReport } from './script/script-report.js';
export type { BreakdownElement } from './scene/scene-breakdown.js';
export { shotRefSchema, type ShotRef } from './shot/shot-ref.js';
export { propRefSchema, toPropRef, type PropRef } from './prop/prop-ref.js';
export { cameraRefSchema, toCameraRef, angleOfView, SENSORS, FRAME_RATES, type CameraRef } from './camera/camera-sheet.js';
export { dialogueLineSchema, type DialogueLineRef } from './dialogue/dialogue-line.js';
export { audioRefSchema, type AudioRef } from './audio/audio-cue.js';
export { sequenceRefSchema, type SequenceRef } from './sequence/sequence-summary.js';
export { timelineSchema, type Timeline, type TimelineClip } from './timeline/assemble-timeline.js';
export { timecodeRate, formatTimecode, parseTimecode, secondsToFrames, framesToSeconds, type TimecodeRate } from './timeline/timecode.js';
export { shotListSchema, SHOT_LIST_COLUMNS, type ShotList, type ShotListRow } from './reports/shot-list.js';
export { breakdownReportSchema, BREAKDOWN_CATEGORIES, montageLine, type BreakdownReport } from './reports/breakdown-report.js';
export { continuityReportSchema, type ContinuityReport } from './reports/continuity-report.js';
export { clipName, byStoryOrder as byShotStoryOrder } from './reports/shot-refs.js';
export { exportManifestSchema, EXPORT_FORMATS, type ExportManifest } from './export/export-manifest.js';
export type {
  GenerationBackend,
  GenerationRequest,
  GenerationOptions,
  GenerationResult,
  GenerationProvenance,
  GeneratedImage,
  ReferenceImage,
  BackendDescription,
} from './backends/types.js';
export {
  BackendConfigSchema,
  ComfyUIConfigSchema,
  OpenAIImagesConfigSchema,
  SizePolicySchema,
  type BackendConfig,
  type BackendConfigInput,
  type ComfyUIConfig,
  type OpenAIImagesConfig,
  type SizePolicy,
} from './backends/config.js';
export {
  ComfyBindingSchema,
  ComfyWorkflowSchema,
  findBindingProblems,
  bindWorkflow,
  type ComfyBinding,
  type ComfyWorkflow,
  type BindingProblem,
} from './backends/comfyui/binding.js';
export {
  BackendError,
  BackendConfigError,
  BackendRequestError,
  BackendUnavailableError,
  BackendTimeoutError,
  isRetryableError,
  isBackendFailure,
  isRetryableStatus,
} from './backends/errors.js';
export {
  SecretRefSchema,
  SecretError,
  encryptSecret,
  decryptSecret,
  readSecretsKey,
  resolveSecret,
  type SecretRef,
  type SecretSources,
} from './backends/secrets.js';
export { createComfyUIBackend, type ComfyUIBackendOptions } from './backends/comfyui/adapter.js';
export { createOpenAIImagesBackend, type OpenAIImagesOptions, type ResolvedOpenAIImagesConfig } from './backends/openai-images/adapter.js';
export { MAX_IMAGE_BYTES, MAX_JSON_BYTES } from './backends/http.js';
export { chooseSize } from './backends/openai-images/size.js';
export { withTimeout } from './backends/resilience/timeout.js';
export { withRetry, retryDelay, type RetryOptions } from './backends/resilience/retry.js';
export {
  createCircuitBreaker,
  createCircuitBreakers,
  withCircuitBreaker,
  type CircuitBreaker,
  type CircuitBreakers,
  type CircuitBreakerOptions,
  type CircuitState,
} from './backends/resilience/circuit-breaker.js';
export { withResilience, type ResilienceOptions } from './backends/resilience/with-resilience.js';
export { createBackend, type CreateBackendOptions } from './backends/create-backend.js';
