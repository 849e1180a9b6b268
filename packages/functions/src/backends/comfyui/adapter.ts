import type { LookupFunction } from 'node:net';
import { sha256Hex } from '@pc/graph';
import type { ComfyUIConfig } from '../config.js';
import { BackendConfigError, BackendRequestError } from '../errors.js';
import { readImageSize, sniffMediaType } from '../image-info.js';
import { sleep } from '../sleep.js';
import type { GeneratedImage, GenerationBackend, GenerationOptions, GenerationRequest } from '../types.js';
import {
  cancelPrompt, fetchImage, getHistoryEntry, isHistoryFinal, submitPrompt, uploadImage, type ComfyHistoryEntry, type ComfyServer,
} from './api.js';
import { bindWorkflow, findBindingProblems, type ComfyWorkflow } from './binding.js';
import { createProgressTracker, describeExecutionError } from './progress.js';
import { openProgressSocket, type ProgressSocket } from './socket.js';

// Progress budget: references 0–5 %, the run 5–95 %, downloading the outputs the rest.
const RUN_START = 0.05;
const RUN_END = 0.95;

/** Options for tests and special deployments; defaults suit a local ComfyUI. */
export interface ComfyUIBackendOptions {
  /** How long to wait for the WebSocket before polling /history from the start. */
  socketConnectTimeoutMs?: number;
  /** How connections resolve the server's host name (the engine's: vetted addresses only); the system resolver by default. */
  lookup?: LookupFunction;
}

/**
 * A ComfyUI server behind the `GenerationBackend` interface. Throws `BackendConfigError`
 * (with `path` = `binding.<slot>`) when a binding path does not exist in the workflow.
 *
 * @example
 * const backend = createComfyUIBackend(ComfyUIConfigSchema.parse(stored));
 * const take = await backend.generate({ prompt, references: [], idempotencyKey: `${runId}_${nodeId}` }, { signal });
 * @remarks Only the first reference image is used, and only when `binding.referenceImage`
 * is set. Wrap with `withResilience` (or build through `createBackend`) for timeouts,
 * retries and the circuit breaker.
 */
export function createComfyUIBackend(config: ComfyUIConfig, options: ComfyUIBackendOptions = {}): GenerationBackend {
  const [problem] = findBindingProblems(config.workflow, config.binding);
  if (problem) throw new BackendConfigError(`binding.${problem.slot} "${problem.path}": ${problem.reason}`, { path: `binding.${problem.slot}` });
  const name = config.name ?? 'comfyui';
  const base = config.url;
  const server: ComfyServer = { base, ...(options.lookup ? { lookup: options.lookup } : {}) };
  const clientId = config.clientId ?? crypto.randomUUID();

  async function generate(request: GenerationRequest, { signal, onProgress }: GenerationOptions) {
    const report = monotonic(onProgress);
    const { prompt } = request;
    // Set just before submitting: an abort during the POST still cancels the prompt it may have queued.
    let promptId: string | undefined;
    let socket: ProgressSocket | undefined;
    try {
      // 1. Upload the first reference when the workflow has a LoadImage slot for it.
      const reference = config.binding.referenceImage ? request.references[0] : undefined;
      report(0, reference ? 'uploading reference image' : 'preparing workflow');
      const referenceImage = reference ? await uploadImage(server, reference, signal) : undefined;

      // 2. Bind our slots into a copy of the workflow.
      const workflow = bindWorkflow(config.workflow, config.binding, {
        positive: prompt.positive,
        negative: prompt.negative,
        seed: prompt.seed,
        width: prompt.width,
        height: prompt.height,
        steps: config.steps,
        referenceImage,
      });

      // 3. Open the progress socket before submitting, so no early message is missed.
      socket = await openProgressSocket(server, clientId, signal, options.socketConnectTimeoutMs);

      // 4. Submit under a prompt id derived from the idempotency key (servers may pick their own).
      promptId = promptIdFor(request.idempotencyKey);
      promptId = await submitPrompt(server, { prompt: workflow, client_id: clientId, prompt_id: promptId }, signal);
      report(RUN_START, 'queued');

      // 5. Follow progress to the end; poll /history when the socket is gone.
      const entry = await waitForPrompt(socket, workflow, promptId, signal, (fraction, message) =>
        report(RUN_START + fraction * (RUN_END - RUN_START), message));

      // 6. Download the output node's first image: a take is one frame, and a server that
      // lists thousands of outputs must not make us download them all.
      const refs = (entry.outputs[config.binding.output]?.images ?? []).slice(0, 1);
      if (refs.length === 0) throw new BackendRequestError(`prompt ${promptId} finished without images on node ${config.binding.output}`, { status: 200, retryable: false });
      report(RUN_END, 'downloading images');
      const images: GeneratedImage[] = [];
      for (const ref of refs) {
        const { bytes, mediaType } = await fetchImage(server, ref, signal);
        const size = readImageSize(bytes) ?? { width: prompt.width, height: prompt.height };
        images.push({ bytes, mediaType: sniffMediaType(bytes) ?? mediaType ?? 'application/octet-stream', ...size });
      }
      report(1, 'done');
      return { images, provenance: { backend: name, seed: prompt.seed, promptHash: prompt.hash, remoteId: promptId } };
    } catch (error) {
      if (signal.aborted && promptId !== undefined) await cancelPrompt(server, promptId);
      throw error;
    } finally {
      socket?.close();
    }
  }

  async function waitForPrompt(
    socket: ProgressSocket | undefined,
    workflow: ComfyWorkflow,
    promptId: string,
    signal: AbortSignal,
    onProgress: (fraction: number, message: string) => void,
  ): Promise<ComfyHistoryEntry> {
    const track = createProgressTracker(workflow, promptId);
    let message = socket ? await socket.next(signal) : null;
    for (; message !== null; message = await socket!.next(signal)) {
      const seen = track(message);
      if (seen.kind === 'progress') onProgress(seen.fraction, seen.message);
      else if (seen.kind === 'failed') throw new BackendRequestError(`ComfyUI failed: ${seen.message}`, { status: 500, retryable: false });
      else if (seen.kind === 'interrupted') throw new BackendRequestError(`prompt ${promptId} was interrupted on the server`, { status: 409, retryable: false });
      else if (seen.kind === 'done') break;
    }
    // Done on the socket, or the socket is gone: /history is the source of truth either way.
    for (;;) {
      const entry = await getHistoryEntry(server, promptId, signal);
      if (entry && isHistoryFinal(entry)) return checkEntry(entry);
      await sleep(config.pollIntervalMs, signal);
    }
  }

  return { generate, describe: () => ({ kind: 'comfyui', name, url: base }) };
}

const checkEntry = (entry: ComfyHistoryEntry): ComfyHistoryEntry => {
  if (entry.status?.status_str !== 'error') return entry;
  const failure = entry.status.messages.find(([type]) => type === 'execution_error');
  const detail = failure ? describeExecutionError(failure[1] as Record<string, unknown>) : 'execution failed';
  throw new BackendRequestError(`ComfyUI failed: ${detail}`, { status: 500, retryable: false });
};

/** A UUID-shaped id from the idempotency key, so a retried call reuses its prompt id. */
const promptIdFor = (key: string): string => {
  const hex = sha256Hex(`comfyui:${key}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

const monotonic = (onProgress: GenerationOptions['onProgress']) => {
  let last = 0;
  return (fraction: number, message: string) => {
    last = Math.max(last, Math.min(1, fraction));
    onProgress?.(last, message);
  };
};
