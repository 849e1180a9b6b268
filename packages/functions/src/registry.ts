import { normalizeNodeData, type NodeFields, type NodeTypeName } from '@pc/graph';
import { audioCue } from './audio/audio-cue.js';
import { cameraSheet } from './camera/camera-sheet.js';
import { characterSheet } from './character/character-sheet.js';
import { dialogueLine } from './dialogue/dialogue-line.js';
import { exportManifest } from './export/export-manifest.js';
import { locationSheet } from './location/location-sheet.js';
import { propSheet } from './prop/prop-sheet.js';
import { buildBreakdownReport } from './reports/breakdown-report.js';
import { checkContinuityReport } from './reports/continuity-report.js';
import { buildShotList } from './reports/shot-list.js';
import { sceneBreakdown } from './scene/scene-breakdown.js';
import { sequenceSummary } from './sequence/sequence-summary.js';
import { scriptReport } from './script/script-report.js';
import { compileShotPrompt } from './shot/compile-shot-prompt.js';
import { shotRef } from './shot/shot-ref.js';
import { storyboardFrame } from './shot/storyboard-frame.js';
import { styleGuide } from './style/style-guide.js';
import { assembleTimeline } from './timeline/assemble-timeline.js';
import type { FunctionContext, FunctionResult, NodeFunction, UpstreamNode } from './types.js';

/**
 * Every node function, by name. Adding one means a module here and its name in the node
 * type's `functions` list in @pc/graph's catalogue.
 */
export const functionRegistry = {
  characterSheet,
  sceneBreakdown,
  compileShotPrompt,
  storyboardFrame,
  locationSheet,
  styleGuide,
  scriptReport,
  shotRef,
  propSheet,
  cameraSheet,
  sequenceSummary,
  dialogueLine,
  audioCue,
  assembleTimeline,
  buildShotList,
  buildBreakdownReport,
  checkContinuity: checkContinuityReport,
  exportManifest,
} as const satisfies Record<string, NodeFunction<NodeTypeName>>;

export type FunctionName = keyof typeof functionRegistry;

/** The function called `name`, or undefined. */
export const getFunction = (name: string): NodeFunction | undefined =>
  Object.hasOwn(functionRegistry, name) ? (functionRegistry[name as FunctionName] as unknown as NodeFunction) : undefined;

/** The functions of a node type, in registry order. */
export const getFunctionsForNodeType = (type: string): NodeFunction[] =>
  Object.values(functionRegistry).filter((fn) => fn.nodeType === type) as unknown as NodeFunction[];

/** Why a function could not run on its input; the engine shows `message` on the node. */
export class FunctionInputError extends Error {
  override readonly name = 'FunctionInputError';
  constructor(
    readonly code: 'unknown_function' | 'wrong_node_type' | 'invalid_node_data',
    message: string,
  ) {
    super(message);
  }
}

/** A run request as the engine has it: node data possibly partial, upstream as stored. */
export interface RunRequest {
  node: { id: string; type: string; data: unknown };
  upstream?: Record<string, UpstreamNode[]>;
}

const fillDefaults = (node: UpstreamNode): UpstreamNode => {
  const normalized = normalizeNodeData(node.type, node.data);
  return normalized.ok ? { ...node, data: normalized.data } : node;
};

/**
 * Runs function `name` on a node: checks the function fits the node type, fills the
 * node's and its upstream nodes' defaults, honours the abort signal before and after.
 *
 * @throws {FunctionInputError} for an unknown function, another node type, or node data
 * the catalogue rejects. Rethrows the signal's reason when aborted.
 * @example
 * const { outputs, artifacts } = await runFunction('compileShotPrompt', { node, upstream }, { signal })
 */
export const runFunction = async (name: string, request: RunRequest, context: FunctionContext): Promise<FunctionResult> => {
  const fn = getFunction(name);
  if (!fn) throw new FunctionInputError('unknown_function', `There is no function called “${name}”`);
  if (fn.nodeType !== request.node.type) {
    throw new FunctionInputError('wrong_node_type', `${name} runs on ${fn.nodeType} nodes, not on ${request.node.type} nodes`);
  }
  const normalized = normalizeNodeData(request.node.type, request.node.data);
  if (!normalized.ok) {
    const first = normalized.issues[0];
    throw new FunctionInputError('invalid_node_data', `Invalid ${request.node.type} data${first ? `: ${first.path.join('.')} ${first.message}` : ''}`);
  }
  const upstream = Object.fromEntries(Object.entries(request.upstream ?? {}).map(([port, nodes]) => [port, nodes.map(fillDefaults)]));
  context.signal.throwIfAborted();
  const node = { id: request.node.id, type: fn.nodeType, data: normalized.data as NodeFields<NodeTypeName> };
  const result = await fn.run({ node, upstream } as never, context);
  context.signal.throwIfAborted();
  return result;
};
