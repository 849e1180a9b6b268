/*
 * The ComfyUI HTTP routes we use, one function each: /upload/image, /prompt, /history,
 * /view, /queue and /interrupt (docs.comfy.org, "Routes"). Responses are parsed with
 * loose zod schemas: servers add fields, and we read only what we need.
 */
import { z } from 'zod';
import { BackendRequestError } from '../errors.js';
import { fetchChecked, fetchJson, MAX_IMAGE_BYTES, readBytes, sendQuietly, type BackendNetwork } from '../http.js';
import type { ReferenceImage } from '../types.js';
import type { ComfyWorkflow } from './binding.js';

/** A route under the server's base URL; keeps a reverse-proxy prefix such as `/comfy/`. */
export const comfyEndpoint = (base: string, route: string): URL => new URL(route, base.endsWith('/') ? base : `${base}/`);

/** A ComfyUI server: its base URL and how connections to it resolve names. */
export interface ComfyServer extends BackendNetwork {
  base: string;
}

const UploadResponse = z.looseObject({ name: z.string(), subfolder: z.string().default(''), type: z.string().optional() });
const PromptResponse = z.looseObject({ prompt_id: z.string(), number: z.number().optional() });

/** An image a node produced, addressed as /view wants it. */
export const ComfyImageRefSchema = z.looseObject({ filename: z.string(), subfolder: z.string().default(''), type: z.string().default('output') });
export type ComfyImageRef = z.infer<typeof ComfyImageRefSchema>;

const HistoryEntrySchema = z.looseObject({
  outputs: z.record(z.string(), z.looseObject({ images: z.array(ComfyImageRefSchema).optional() })).default({}),
  status: z
    .looseObject({
      status_str: z.string().optional(),
      completed: z.boolean().optional(),
      messages: z.array(z.tuple([z.string(), z.unknown()])).default([]),
    })
    .optional(),
});
export type ComfyHistoryEntry = z.infer<typeof HistoryEntrySchema>;

const parse = <T>(schema: z.ZodType<T>, value: unknown, what: string): T => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BackendRequestError(`${what}: unexpected response (${result.error.issues[0]?.message ?? 'invalid'})`, { status: 200 });
};

/** Uploads a reference into ComfyUI's input folder; returns the value a LoadImage input takes. */
export async function uploadImage({ base, lookup }: ComfyServer, image: ReferenceImage, signal: AbortSignal): Promise<string> {
  const form = new FormData();
  form.append('image', new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.mediaType }), image.name);
  form.append('type', 'input');
  form.append('overwrite', 'true');
  const body = await fetchJson(comfyEndpoint(base, 'upload/image'), { method: 'POST', body: form, signal, lookup }, 'upload reference');
  const uploaded = parse(UploadResponse, body, 'upload reference');
  return uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name;
}

/** Queues a bound workflow; ComfyUI answers 400 with `node_errors` when it does not validate. */
export async function submitPrompt(
  { base, lookup }: ComfyServer,
  body: { prompt: ComfyWorkflow; client_id: string; prompt_id: string },
  signal: AbortSignal,
): Promise<string> {
  const response = await fetchJson(
    comfyEndpoint(base, 'prompt'),
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal, lookup },
    'submit prompt',
  );
  return parse(PromptResponse, response, 'submit prompt').prompt_id;
}

/** The history entry of a prompt, or undefined while it has none (queued or running). */
export async function getHistoryEntry({ base, lookup }: ComfyServer, promptId: string, signal: AbortSignal): Promise<ComfyHistoryEntry | undefined> {
  const body = await fetchJson(comfyEndpoint(base, `history/${encodeURIComponent(promptId)}`), { signal, lookup }, 'read history');
  const entry = (body as Record<string, unknown> | null)?.[promptId];
  return entry === undefined ? undefined : parse(HistoryEntrySchema, entry, 'read history');
}

/** A finished entry: `completed`, or a final `status_str`; entries without status are final (older servers). */
export const isHistoryFinal = (entry: ComfyHistoryEntry): boolean =>
  !entry.status || entry.status.completed === true || entry.status.status_str === 'success' || entry.status.status_str === 'error';

/** Downloads one output image. */
export async function fetchImage({ base, lookup }: ComfyServer, image: ComfyImageRef, signal: AbortSignal): Promise<{ bytes: Uint8Array; mediaType: string | null }> {
  const url = comfyEndpoint(base, 'view');
  url.search = new URLSearchParams({ filename: image.filename, subfolder: image.subfolder, type: image.type }).toString();
  const response = await fetchChecked(url, { signal, lookup, maxBytes: MAX_IMAGE_BYTES }, 'fetch image');
  return { bytes: await readBytes(response), mediaType: response.headers.get('content-type') };
}

/**
 * Best-effort remote cancel after an abort: drop the prompt from the queue if it is still
 * waiting, then interrupt it if it is running (`prompt_id` limits the interrupt to ours on
 * servers that support it; older ones interrupt whatever runs). Never throws.
 */
export async function cancelPrompt({ base, lookup }: ComfyServer, promptId: string, timeoutMs = 5_000): Promise<void> {
  const post = (route: string, body: unknown) =>
    sendQuietly(comfyEndpoint(base, route), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      lookup,
    });
  await post('queue', { delete: [promptId] });
  await post('interrupt', { prompt_id: promptId });
}
