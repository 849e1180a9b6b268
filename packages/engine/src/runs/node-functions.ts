import { getFunctionsForNodeType, runFunction, type Artifact, type GenerationBackend, type UpstreamNode } from '@pc/functions';
import type { RenderPng } from '../png/png-pool.js';

/** What one node execution needs: the node as in the revision, and its upstream nodes per input port. */
export interface NodeRunRequest {
  node: { id: string; type: string; data: Record<string, unknown> };
  upstream: Record<string, UpstreamNode[]>;
  /** The run and workspace it runs for (generation back ends are configured per workspace). */
  runId?: string;
  workspaceId?: string;
}

/** What one node execution gets besides its request. */
export interface NodeRunContext {
  signal: AbortSignal;
  /** Reports progress, 0…1 with a short line for people; the engine throttles it into `node.progress` events. */
  onProgress?: (fraction: number, message?: string) => void;
  /** The workspace's generation back end, given only for node types that generate (see `generates`). */
  generation?: { backend: GenerationBackend; idempotencyKey: string };
}

/** What one node execution produced: JSON outputs by name, and files. */
export interface NodeRunResult {
  values: Record<string, unknown>;
  artifacts: Artifact[];
}

/**
 * The node functions as the engine sees them. The default runs `@pc/functions`; tests
 * pass counting, slow or failing ones.
 */
export interface NodeFunctions {
  /** One number per node type that grows whenever any of its functions' versions does (part of the cache key). */
  versionOf(type: string): number;
  /** Each function's version, recorded beside cached outputs. */
  versionsOf(type: string): Record<string, number>;
  /** True when some function of the type uses the generation back end: its cache key then includes the back end's fingerprint. */
  generates?(type: string): boolean;
  run(request: NodeRunRequest, context: NodeRunContext): Promise<NodeRunResult>;
}

/**
 * `@pc/functions`: every function of the node's type, in registry order, outputs merged.
 * `renderPng` (usually `createPngPool().render`: worker threads) makes the PNG artifacts
 * (`frame.png`, `turnaround.png`), called with the job's signal; without it only SVGs.
 */
export const createNodeFunctions = (options: { renderPng?: RenderPng | undefined } = {}): NodeFunctions => ({
  // Versions only grow, so their sum grows whenever one of them is bumped.
  versionOf: (type) => getFunctionsForNodeType(type).reduce((sum, fn) => sum + fn.version, 0),
  versionsOf: (type) => Object.fromEntries(getFunctionsForNodeType(type).map((fn) => [fn.name, fn.version])),
  generates: (type) => getFunctionsForNodeType(type).some((fn) => fn.generates === true),
  async run(request, { signal, onProgress, generation }) {
    const values: Record<string, unknown> = {};
    const files: Artifact[] = [];
    const { renderPng } = options;
    const fns = getFunctionsForNodeType(request.node.type);
    for (const [index, fn] of fns.entries()) {
      // The node's progress spans its functions: the i-th of n reports within [i/n, (i+1)/n].
      const context = {
        signal,
        ...(renderPng ? { renderPng: (svg: string) => renderPng(svg, { signal }) } : {}),
        ...(onProgress ? { onProgress: (fraction: number, message?: string) => onProgress((index + Math.min(1, Math.max(0, fraction))) / fns.length, message) } : {}),
        ...(generation && fn.generates ? { generation } : {}),
      };
      const result = await runFunction(fn.name, request, context);
      Object.assign(values, result.outputs);
      files.push(...result.artifacts);
    }
    return { values, artifacts: files };
  },
});
