import type { CompiledPrompt } from '../shot/compile-prompt.js';

/** An image a back end conditions on, such as a character's identity still. */
export interface ReferenceImage {
  /** File name sent to the back end (ComfyUI keeps it in its input folder). */
  name: string;
  bytes: Uint8Array;
  mediaType: string;
}

/** One generation: the compiled Shot prompt, its reference images and a key for de-duplication. */
export interface GenerationRequest {
  prompt: CompiledPrompt;
  references: ReferenceImage[];
  /**
   * Stable per logical attempt (`${runId}_${nodeId}`): the same key on a retry lets a back
   * end recognise the repeat (ComfyUI prompt id, OpenAI `Idempotency-Key` header).
   */
  idempotencyKey: string;
}

/** Per-call controls: cancellation and progress. */
export interface GenerationOptions {
  /** Cancels the call; adapters also cancel the remote work (ComfyUI `/interrupt`). */
  signal: AbortSignal;
  /** `fraction` grows from 0 to 1 and never goes back; `message` is for people. */
  onProgress?: (fraction: number, message: string) => void;
}

/** One generated image with its decoded size. */
export interface GeneratedImage {
  bytes: Uint8Array;
  mediaType: string;
  width: number;
  height: number;
}

/** Where a take came from; stored beside the image so it can be reproduced or traced. */
export interface GenerationProvenance {
  /** The configured back end's name (`describe().name`). */
  backend: string;
  model?: string;
  seed: number;
  /** `CompiledPrompt.hash` of the prompt that was sent. */
  promptHash: string;
  /** The back end's own id for the job (ComfyUI prompt id, OpenAI request id). */
  remoteId: string;
}

export interface GenerationResult {
  images: GeneratedImage[];
  provenance: GenerationProvenance;
}

/** What a back end is, without secrets: safe to log and to show in the UI. */
export interface BackendDescription {
  kind: 'comfyui' | 'openai-images';
  name: string;
  url: string;
  model?: string;
}

/**
 * A generation back end: one adapter per protocol, wrapped by the resilience decorators
 * (`withTimeout`, `withRetry`, `withCircuitBreaker`), which have the same shape.
 */
export interface GenerationBackend {
  generate(request: GenerationRequest, options: GenerationOptions): Promise<GenerationResult>;
  describe(): BackendDescription;
}
