import { z } from 'zod';
import { decodeBase64 } from '../base64.js';
import type { OpenAIImagesConfig } from '../config.js';
import { BackendConfigError, BackendRequestError } from '../errors.js';
import { fetchChecked, MAX_IMAGE_BYTES, readBytes, type BackendNetwork } from '../http.js';
import { readImageSize, sniffMediaType } from '../image-info.js';
import type { GeneratedImage, GenerationBackend, GenerationOptions, GenerationRequest } from '../types.js';
import { chooseSize } from './size.js';

const ImagesResponse = z.looseObject({
  created: z.number().optional(),
  data: z.array(z.looseObject({ b64_json: z.string().optional(), url: z.string().optional() })).min(1),
});

export interface OpenAIImagesOptions extends BackendNetwork {
  /** Refuses a URL the answer names that the server may not fetch (SSRF); throws. */
  checkUrl?: (url: URL) => Promise<void>;
}

/** An OpenAI-compatible images endpoint with its API key already resolved (see `createBackend`). */
export type ResolvedOpenAIImagesConfig = Omit<OpenAIImagesConfig, 'apiKey'> & { apiKey: string };

/**
 * `POST {url}/images/generations` behind the `GenerationBackend` interface: one image,
 * `response_format: b64_json` (a returned `url` is downloaded instead), Bearer auth, our seed
 * as `seed` unless `sendSeed` is off. The negative prompt has no field in this API and is
 * not sent. The idempotency key goes out as `Idempotency-Key`.
 *
 * @example
 * const backend = createOpenAIImagesBackend({ ...OpenAIImagesConfigSchema.parse(stored), apiKey });
 */
export function createOpenAIImagesBackend(config: ResolvedOpenAIImagesConfig, { checkUrl, lookup }: OpenAIImagesOptions = {}): GenerationBackend {
  // Node refuses such a header anyway; say which setting is wrong instead of "no response".
  if (!/^[\x20-\x7e]*$/.test(config.apiKey)) throw new BackendConfigError('apiKey: the key has a line break, control or non-ASCII character, which an Authorization header cannot carry', { path: 'apiKey' });
  const name = config.name ?? 'openai-images';
  const network: BackendNetwork = lookup ? { lookup } : {};
  const endpoint = new URL('images/generations', config.url.endsWith('/') ? config.url : `${config.url}/`);

  async function generate(request: GenerationRequest, { signal, onProgress }: GenerationOptions) {
    const { prompt } = request;
    onProgress?.(0, 'requesting image');
    const body = {
      ...config.extra,
      model: config.model,
      prompt: prompt.positive,
      n: 1,
      size: chooseSize(config.size, prompt.width, prompt.height),
      response_format: 'b64_json',
      ...(config.sendSeed ? { seed: prompt.seed } : {}),
    };
    const response = await fetchChecked(
      endpoint,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${config.apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': request.idempotencyKey,
        },
        body: JSON.stringify(body),
        signal,
        ...network,
      },
      'generate image',
    );
    let parsed: z.infer<typeof ImagesResponse>;
    try {
      parsed = ImagesResponse.parse(await response.json());
    } catch (cause) {
      signal.throwIfAborted();
      throw new BackendRequestError('generate image: unexpected response', { status: response.status, cause });
    }
    onProgress?.(0.9, 'decoding image');
    const images: GeneratedImage[] = [];
    // One image was asked for (`n: 1`): anything more a server sends is not downloaded or decoded.
    for (const item of parsed.data.slice(0, 1)) {
      const bytes = item.b64_json !== undefined ? decodeBase64(item.b64_json) : await download(item.url, signal);
      const size = readImageSize(bytes) ?? { width: prompt.width, height: prompt.height };
      images.push({ bytes, mediaType: sniffMediaType(bytes) ?? 'image/png', ...size });
    }
    onProgress?.(1, 'done');
    const remoteId = response.headers.get('x-request-id') ?? `created:${parsed.created ?? 'unknown'}`;
    return { images, provenance: { backend: name, model: config.model, seed: prompt.seed, promptHash: prompt.hash, remoteId } };
  }

  async function download(url: string | undefined, signal: AbortSignal): Promise<Uint8Array> {
    if (!url) throw new BackendRequestError('generate image: a result has neither b64_json nor url', { status: 200 });
    const target = new URL(url, endpoint);
    await checkUrl?.(target);
    const response = await fetchChecked(target, { signal, maxBytes: MAX_IMAGE_BYTES, ...network }, 'download image');
    return readBytes(response);
  }

  return { generate, describe: () => ({ kind: 'openai-images', name, url: config.url, model: config.model }) };
}
