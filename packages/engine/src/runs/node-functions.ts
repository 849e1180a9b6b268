import { getFunctionsForNodeType, runFunction, type Artifact, type UpstreamNode } from '@pc/functions';
import type { RenderPng } from '../png/png-pool.js';

/** What one node execution needs: the node as in the revision, and its upstream nodes per input port. */
export interface NodeRunRequest {
  node: { id: string; type: string; data: Record<string, unknown> };
  upstream: Record<string, UpstreamNode[]>;
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
  run(request: NodeRunRequest, context: { signal: AbortSignal }): Promise<NodeRunResult>;
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
  async run(request, { signal }) {
    const values: Record<string, unknown> = {};
    const files: Artifact[] = [];
    const { renderPng } = options;
    const context = { signal, ...(renderPng ? { renderPng: (svg: string) => renderPng(svg, { signal }) } : {}) };
    for (const fn of getFunctionsForNodeType(request.node.type)) {
      const result = await runFunction(fn.name, request, context);
      Object.assign(values, result.outputs);
      files.push(...result.artifacts);
    }
    return { values, artifacts: files };
  },
});
