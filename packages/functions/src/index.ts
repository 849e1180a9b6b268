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
