/*
 * Turns ComfyUI's per-node messages into one monotonic fraction for the whole prompt:
 * nodes finished (executed or served from cache) plus the running node's sampler steps,
 * over the nodes in the workflow. ComfyUI runs only the nodes an output needs, so the
 * estimate can jump at the end; it never goes back.
 */
import type { ComfyWorkflow } from './binding.js';
import type { ComfyMessage } from './socket.js';

/** What a message means for the prompt being followed. */
export type PromptSignal =
  | { kind: 'progress'; fraction: number; message: string }
  | { kind: 'done' }
  | { kind: 'failed'; message: string }
  | { kind: 'interrupted' }
  | { kind: 'ignored' };

/** Follows one prompt's messages; messages for other prompts are ignored. */
export function createProgressTracker(workflow: ComfyWorkflow, promptId: string) {
  const total = Math.max(1, Object.keys(workflow).length);
  const finished = new Set<string>();
  let current: string | null = null;
  let step = 0;
  let highest = 0;

  const label = (node: string) => `${workflow[node]?.class_type ?? 'node'} (${node})`;
  const fraction = () => {
    highest = Math.max(highest, Math.min(1, (finished.size + step) / total));
    return highest;
  };

  return (message: ComfyMessage): PromptSignal => {
    const { data } = message;
    if (data['prompt_id'] !== undefined && data['prompt_id'] !== promptId) return { kind: 'ignored' };
    switch (message.type) {
      case 'execution_start':
        return { kind: 'progress', fraction: fraction(), message: 'started' };
      case 'execution_cached':
        for (const node of Array.isArray(data['nodes']) ? data['nodes'] : []) finished.add(String(node));
        return { kind: 'progress', fraction: fraction(), message: 'cached nodes reused' };
      case 'executing': {
        if (current !== null) finished.add(current);
        step = 0;
        current = typeof data['node'] === 'string' ? data['node'] : null;
        if (current === null && data['prompt_id'] === promptId) return { kind: 'done' };
        return current === null ? { kind: 'ignored' } : { kind: 'progress', fraction: fraction(), message: `running ${label(current)}` };
      }
      case 'progress': {
        const value = Number(data['value']);
        const max = Number(data['max']);
        if (!(max > 0) || !Number.isFinite(value)) return { kind: 'ignored' };
        step = Math.min(1, value / max);
        return { kind: 'progress', fraction: fraction(), message: `${current ? label(current) : 'step'} ${value}/${max}` };
      }
      case 'executed':
        if (typeof data['node'] === 'string') finished.add(data['node']);
        return { kind: 'progress', fraction: fraction(), message: 'node finished' };
      case 'execution_success':
        return data['prompt_id'] === promptId ? { kind: 'done' } : { kind: 'ignored' };
      case 'execution_error':
        return data['prompt_id'] === promptId ? { kind: 'failed', message: describeExecutionError(data) } : { kind: 'ignored' };
      case 'execution_interrupted':
        return data['prompt_id'] === promptId ? { kind: 'interrupted' } : { kind: 'ignored' };
      default:
        return { kind: 'ignored' };
    }
  };
}

/** "KSampler (3): CUDA out of memory" from an execution_error payload. */
export const describeExecutionError = (data: Record<string, unknown>): string =>
  `${String(data['node_type'] ?? 'node')} (${String(data['node_id'] ?? '?')}): ${String(data['exception_message'] ?? 'execution failed').trim()}`;
