import type { NodeFields, NodeTypeName } from '@pc/graph';
import type { GenerationBackend } from './backends/types.js';

/** JSON data as functions output it: no undefined, no non-finite numbers, no classes. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What the engine hands a function besides its input. */
export interface FunctionContext {
  /** Aborted when the run is cancelled; functions check it between steps. */
  signal: AbortSignal;
  /**
   * Rasterises an SVG to PNG bytes (`renderPng` from `@pc/functions/render-png`, usually
   * in a worker thread). Absent in the browser or when no PNG is wanted: functions then
   * return their SVG artifacts only.
   */
  renderPng?: (svg: string) => Promise<Uint8Array>;
  /**
   * Reports how far the function is, 0…1 (never going back), with a short line for people
   * ("Rendering PNG"). The engine throttles it into `node.progress` events; absent in tests
   * and the browser.
   */
  onProgress?: (fraction: number, message?: string) => void;
  /**
   * The workspace's generation back end, for functions that generate (`generates: true`);
   * absent when none is configured: they then make their built-in output.
   * `idempotencyKey` is stable per node attempt (`${runId}_${nodeId}`).
   */
  generation?: { backend: GenerationBackend; idempotencyKey: string };
}

/** One upstream node connected to an input port, with what its functions produced. */
export interface UpstreamNode {
  nodeId: string;
  type: string;
  /** Field values; `runFunction` fills defaults for known node types. */
  data: Record<string, unknown>;
  /** The upstream node's function outputs, keyed by output name; may be empty. */
  outputs: Record<string, unknown>;
}

/** A function's input: the node itself and, per input port, the nodes connected to it. */
export interface FunctionInput<T extends NodeTypeName = NodeTypeName> {
  node: { id: string; type: T; data: NodeFields<T> };
  upstream: Record<string, UpstreamNode[]>;
}

export type ArtifactKind = 'svg' | 'png' | 'json' | 'markdown';

/** A file a function produces; the engine stores it content-addressed. */
export type Artifact = {
  /** Stable file name within the run, such as `frame.svg`. */
  name: string;
  kind: ArtifactKind;
  mediaType: string;
} & ({ text: string; bytes?: never } | { bytes: Uint8Array; text?: never });

export interface FunctionResult {
  /** JSON outputs keyed by name; keys named like an output port carry that port's value. */
  outputs: Record<string, JsonValue>;
  artifacts: Artifact[];
}

/**
 * A node function: pure and deterministic, so the same input gives the same bytes.
 * Bump `version` whenever the output for some input changes (wording, layout, rounding):
 * the engine's cache key includes it.
 */
export interface NodeFunction<T extends NodeTypeName = NodeTypeName> {
  name: string;
  nodeType: T;
  version: number;
  description: string;
  /** Uses `context.generation` when given: its output then depends on the workspace's back end (part of the cache key). */
  generates?: boolean;
  run(input: FunctionInput<T>, context: FunctionContext): Promise<FunctionResult>;
}
