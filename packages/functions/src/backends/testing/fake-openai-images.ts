/*
 * A fake OpenAI-compatible images endpoint: POST /v1/images/generations with Bearer auth,
 * answering one PNG of the requested size as b64_json (or as a `url` to GET /files/…).
 */
import { readBody, sendJson, startFakeServer, type FakeServerBase } from './http-server.js';
import { makePng } from './png.js';

export interface FakeOpenAIImagesOptions {
  apiKey?: string;
  /** Answer with `url` instead of `b64_json`. */
  returnUrl?: boolean;
  /** Hold each generation this long. */
  delayMs?: number;
}

export interface FakeOpenAIImages extends FakeServerBase {
  options: FakeOpenAIImagesOptions;
  /** Bodies and headers of the generation requests that reached the handler. */
  generations: { body: Record<string, unknown>; idempotencyKey: string | undefined }[];
}

export async function startFakeOpenAIImages(options: FakeOpenAIImagesOptions = {}): Promise<FakeOpenAIImages> {
  const files = new Map<string, Uint8Array>();
  const base = await startFakeServer(async (request, response, route) => {
    if (route === 'POST /v1/images/generations') {
      if (request.headers.authorization !== `Bearer ${fake.options.apiKey ?? 'sk-test'}`) {
        return sendJson(response, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
      }
      const body = JSON.parse((await readBody(request)).toString()) as Record<string, unknown>;
      fake.generations.push({ body, idempotencyKey: request.headers['idempotency-key'] as string | undefined });
      if (fake.options.delayMs) await new Promise((resolve) => setTimeout(resolve, fake.options.delayMs));
      if (response.destroyed) return;
      const [width = 0, height = 0] = String(body['size']).split('x').map(Number);
      if (!(width > 0 && height > 0)) return sendJson(response, 400, { error: { message: `Invalid size ${String(body['size'])}` } });
      const png = makePng(width / 64, height / 64); // small stand-in with the same aspect
      const created = 1_700_000_000 + fake.generations.length;
      if (fake.options.returnUrl) {
        files.set(`${created}.png`, png);
        return sendJson(response, 200, { created, data: [{ url: `/files/${created}.png` }] }, { 'x-request-id': `req_${created}` });
      }
      return sendJson(response, 200, { created, data: [{ b64_json: Buffer.from(png).toString('base64') }] }, { 'x-request-id': `req_${created}` });
    }
    if (route.startsWith('GET /files/')) {
      const png = files.get(route.slice('GET /files/'.length));
      if (!png) return sendJson(response, 404, {});
      response.writeHead(200, { 'content-type': 'image/png' });
      return response.end(png);
    }
    sendJson(response, 404, { error: `no route ${route}` });
  });
  const fake: FakeOpenAIImages = { ...base, options, generations: [] };
  return fake;
}
