/*
 * A fake ComfyUI speaking the real protocol: /upload/image (multipart), /prompt, the /ws
 * progress messages, /history/{id}, /view, /interrupt and /queue. "Running" a prompt walks
 * its nodes in key order, sends `progress` for the KSampler's steps, then stores the history
 * entry and announces `executing {node: null}` — the order ComfyUI uses. The image is a PNG
 * of the size bound into the EmptyLatentImage node.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { readBody, sendJson, startFakeServer, type FakeServerBase } from './http-server.js';
import { makePng } from './png.js';

type Workflow = Record<string, { class_type: string; inputs: Record<string, unknown> }>;

export interface FakeComfyOptions {
  steps?: number;
  stepDelayMs?: number;
  /** Close every socket after this many progress messages; the run itself continues. */
  dropSocketsAfterProgress?: number;
  /** Never finish a prompt: it runs until interrupted. */
  hang?: boolean;
  /** Fail in this node with an execution_error. */
  failInNode?: string;
  /** List the output image this many times (a batch, or a hostile server); default 1. */
  outputCopies?: number;
}

export interface FakeComfyUI extends FakeServerBase {
  options: FakeComfyOptions;
  uploads: { name: string; bytes: Buffer; type: string }[];
  prompts: { prompt_id: string; client_id: string; prompt: Workflow }[];
  interrupts: unknown[];
  queueDeletes: string[];
  /** The Host header of every progress socket that connected. */
  socketHosts: string[];
  /** Resolves when the next prompt is interrupted. */
  interrupted: Promise<void>;
}

export const sampleWorkflow = (): Workflow => ({
  '3': { class_type: 'KSampler', inputs: { seed: 0, steps: 20, cfg: 7, model: ['4', 0], positive: ['6', 0], negative: ['7', 0], latent_image: ['5', 0] } },
  '4': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'sdxl.safetensors' } },
  '5': { class_type: 'EmptyLatentImage', inputs: { width: 512, height: 512, batch_size: 1 } },
  '6': { class_type: 'CLIPTextEncode', inputs: { text: '', clip: ['4', 1] } },
  '7': { class_type: 'CLIPTextEncode', inputs: { text: '', clip: ['4', 1] } },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
  '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'pc', images: ['8', 0] } },
  '10': { class_type: 'LoadImage', inputs: { image: 'placeholder.png' } },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeComfyUI(options: FakeComfyOptions = {}): Promise<FakeComfyUI> {
  const history = new Map<string, unknown>();
  const images = new Map<string, Uint8Array>();
  const sockets = new Map<WebSocket, string>();
  let interruptRequested = false;
  let signalInterrupted = () => {};

  const send = (clientId: string, type: string, data: unknown) => {
    for (const [socket, id] of sockets) if (id === clientId) socket.send(JSON.stringify({ type, data }));
  };

  async function run(promptId: string, clientId: string, workflow: Workflow) {
    const { steps = 3, stepDelayMs = 5 } = fake.options;
    let progressSent = 0;
    const messages: [string, unknown][] = [];
    send(clientId, 'execution_start', { prompt_id: promptId, timestamp: Date.now() });
    send(clientId, 'execution_cached', { nodes: ['4'], prompt_id: promptId });
    for (const node of Object.keys(workflow).filter((id) => id !== '4')) {
      send(clientId, 'executing', { node, display_node: node, prompt_id: promptId });
      if (node === fake.options.failInNode) {
        const error = { prompt_id: promptId, node_id: node, node_type: workflow[node]!.class_type, exception_message: 'CUDA out of memory', exception_type: 'OutOfMemoryError' };
        send(clientId, 'execution_error', error);
        history.set(promptId, { prompt: [], outputs: {}, status: { status_str: 'error', completed: false, messages: [['execution_error', error]] } });
        return;
      }
      if (workflow[node]!.class_type !== 'KSampler') continue;
      for (let value = 1; fake.options.hang || value <= steps; value++) {
        await pause(stepDelayMs);
        if (interruptRequested) {
          interruptRequested = false;
          send(clientId, 'execution_interrupted', { prompt_id: promptId, node_id: node });
          history.set(promptId, { prompt: [], outputs: {}, status: { status_str: 'error', completed: false, messages } });
          signalInterrupted();
          return;
        }
        send(clientId, 'progress', { value: Math.min(value, steps), max: steps, prompt_id: promptId, node });
        if (++progressSent === fake.options.dropSocketsAfterProgress) for (const socket of sockets.keys()) socket.terminate();
      }
    }
    const latent = Object.values(workflow).find((node) => node.class_type === 'EmptyLatentImage')?.inputs ?? {};
    const filename = `pc_${promptId.slice(0, 8)}.png`;
    images.set(filename, makePng(Number(latent['width'] ?? 64), Number(latent['height'] ?? 64)));
    const output = { images: Array.from({ length: fake.options.outputCopies ?? 1 }, () => ({ filename, subfolder: '', type: 'output' })) };
    send(clientId, 'executed', { node: '9', display_node: '9', output, prompt_id: promptId });
    send(clientId, 'execution_success', { prompt_id: promptId, timestamp: Date.now() });
    history.set(promptId, { prompt: [], outputs: { '9': output }, status: { status_str: 'success', completed: true, messages } });
    send(clientId, 'executing', { node: null, prompt_id: promptId });
  }

  const base = await startFakeServer(async (request, response, route, url) => {
    if (route === 'POST /upload/image') {
      const body = await readBody(request);
      const form = await new Response(body, { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData();
      const file = form.get('image');
      if (!(file instanceof File)) return sendJson(response, 400, { error: 'no image' });
      fake.uploads.push({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()), type: file.type });
      return sendJson(response, 200, { name: file.name, subfolder: 'pc', type: 'input' });
    }
    if (route === 'POST /prompt') {
      const body = JSON.parse((await readBody(request)).toString()) as { prompt: Workflow; client_id: string; prompt_id?: string };
      const promptId = body.prompt_id ?? crypto.randomUUID();
      fake.prompts.push({ prompt_id: promptId, client_id: body.client_id, prompt: body.prompt });
      sendJson(response, 200, { prompt_id: promptId, number: fake.prompts.length, node_errors: {} });
      void run(promptId, body.client_id, body.prompt);
      return;
    }
    if (route.startsWith('GET /history/')) {
      const promptId = decodeURIComponent(url.pathname.slice('/history/'.length));
      const entry = history.get(promptId);
      return sendJson(response, 200, entry ? { [promptId]: entry } : {});
    }
    if (route === 'GET /view') {
      const bytes = images.get(url.searchParams.get('filename') ?? '');
      if (!bytes || url.searchParams.get('type') !== 'output') return sendJson(response, 404, { error: 'not found' });
      response.writeHead(200, { 'content-type': 'image/png' });
      return response.end(bytes);
    }
    if (route === 'POST /interrupt') {
      fake.interrupts.push(JSON.parse((await readBody(request)).toString() || 'null'));
      interruptRequested = true;
      return sendJson(response, 200, {});
    }
    if (route === 'POST /queue') {
      const body = JSON.parse((await readBody(request)).toString()) as { delete?: string[] };
      fake.queueDeletes.push(...(body.delete ?? []));
      return sendJson(response, 200, {});
    }
    sendJson(response, 404, { error: `no route ${route}` });
  });

  const wss = new WebSocketServer({ server: base.server, path: '/ws' });
  wss.on('connection', (socket, request) => {
    const clientId = new URL(request.url ?? '/', 'http://fake').searchParams.get('clientId') ?? 'anonymous';
    sockets.set(socket, clientId);
    fake.socketHosts.push(request.headers.host ?? '');
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ type: 'status', data: { status: { exec_info: { queue_remaining: 0 } }, sid: clientId } }));
  });

  const fake: FakeComfyUI = {
    ...base,
    options,
    uploads: [],
    prompts: [],
    interrupts: [],
    queueDeletes: [],
    socketHosts: [],
    interrupted: new Promise<void>((resolve) => (signalInterrupted = resolve)),
    async close() {
      for (const socket of sockets.keys()) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await base.close();
    },
  };
  return fake;
}
