// The harness (the app) first: it extends zod with OpenAPI before @pc/engine loads @pc/graph's schemas.
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';
import { selectRows } from '@pc/db';
import { backendAccessFrom } from '@pc/engine';
import type { FakeOpenAIImages } from '@pc/functions/testing';
import { sql } from 'drizzle-orm';
import { createServer, type Server } from 'node:http';
import { lookup } from 'node:dns/promises';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunServices } from '../runs/services.js';
import { harbourScene } from '../test/documents.js';

/**
 * Per-workspace generation back ends through the API: owners only, secrets encrypted at
 * rest and never returned, the test route, and a run that generates with the default.
 */
export const describeBackendsApi = (kind: 'postgres' | 'pglite') =>
  describe(`generation back ends API (${kind})`, () => {
    let harness: ApiHarness;
    let openai: FakeOpenAIImages;
    let base: string;

    beforeAll(async () => {
      const { startFakeOpenAIImages } = await import('@pc/functions/testing');
      openai = await startFakeOpenAIImages({ apiKey: 'sk-workspace-secret' });
      // The fake listens on 127.0.0.1: allowed here as an operator would allow a local GPU box.
      // Names under .attacker.test resolve to another loopback address, which is not.
      const backendAccess = {
        ...backendAccessFrom({ BACKEND_ALLOW_PRIVATE: '127.0.0.1/32', BACKEND_SECRET_ENV: 'PC_TEST_IMAGES_KEY,PC_NOT_SET' }),
        resolve: async (hostname: string) => (hostname.endsWith('.attacker.test') ? [{ address: '127.0.0.2', family: 4 }] : lookup(hostname, { all: true })),
      };
      harness = await createApiHarness(kind, {}, {
        runs: (database) => createRunServices({ database, env: { PC_TEST_IMAGES_KEY: 'sk-workspace-secret', PC_SERVER_ONLY: 'postgres://server-only-secret' }, backendAccess }),
      });
      base = `/workspaces/${harness.owner.workspaceId}/backends`;
    }, 60_000);
    afterAll(async () => {
      await harness?.dispose();
      await openai?.close();
    });

    const openAiConfig = (apiKey?: unknown) => ({ kind: 'openai-images', url: `${openai.url}/v1`, model: 'gpt-image-1', size: { mode: 'exact' }, ...(apiKey ? { apiKey } : {}) });

    it('creates, reads, updates and deletes a back end; the secret is stored encrypted and never returned', async () => {
      const created = await harness.call('POST', base, { name: 'Images', config: openAiConfig({ value: 'sk-workspace-secret' }) });
      expect(created.status).toBe(201);
      const text = await created.text();
      expect(text).not.toContain('sk-workspace-secret');
      const backend = JSON.parse(text) as { id: string; isDefault: boolean; version: number; config: Record<string, unknown> };
      expect(backend).toMatchObject({ name: 'Images', kind: 'openai-images', isDefault: true, version: 1, config: { model: 'gpt-image-1', apiKey: { source: 'encrypted' } } });

      const [row] = await selectRows<{ config: { apiKey: { encrypted: string } } }>(harness.test.database.db, sql`select config from workspace_backends where id = ${backend.id}`);
      expect(row?.config.apiKey.encrypted).toMatch(/^v1\./);
      expect(JSON.stringify(row)).not.toContain('sk-workspace-secret');

      const list = (await bodyOf(await harness.call('GET', base))) as { backends: { id: string }[] };
      expect(list.backends.map((item) => item.id)).toContain(backend.id);
      expect(await (await harness.call('GET', `${base}/${backend.id}`)).text()).not.toContain('sk-workspace-secret');

      // A change without apiKey keeps the stored key, and bumps the version.
      const updated = await harness.call('PATCH', `${base}/${backend.id}`, { name: 'Images 2', config: openAiConfig() });
      expect(updated.status).toBe(200);
      expect(await bodyOf(updated)).toMatchObject({ name: 'Images 2', version: 2, config: { name: 'Images 2', apiKey: { source: 'encrypted' } } });
      // The kept key is sent only to the URL it was given for: a new URL needs it again.
      const moved = await harness.call('PATCH', `${base}/${backend.id}`, { config: { ...openAiConfig(), url: 'https://keys.attacker.example/v1' } });
      expect(moved.status).toBe(422);
      expect((await bodyOf(moved)).errors).toContainEqual(expect.objectContaining({ path: 'config.apiKey', message: expect.stringContaining('new URL') }));
      const tested = (await bodyOf(await harness.call('POST', `${base}/${backend.id}/test`))) as { ok: boolean; image?: { width: number; height: number }; provenance?: { backend: string } };
      // The fake answers a stand-in 1/64 the size asked for (512 × 512).
      expect(tested).toMatchObject({ ok: true, image: { mediaType: 'image/png', width: 8, height: 8 }, provenance: { backend: 'Images 2' } });
      expect(openai.generations.at(-1)?.body).toMatchObject({ size: '512x512', model: 'gpt-image-1' });

      expect((await harness.call('DELETE', `${base}/${backend.id}`)).status).toBe(204);
      expect((await harness.call('GET', `${base}/${backend.id}`)).status).toBe(404);
      expect((await harness.call('DELETE', `${base}/${backend.id}`)).status).toBe(404);
    });

    it('names a secret from the environment, and the test route reports a refused key without failing', async () => {
      const fromEnv = (await bodyOf(await harness.call('POST', base, { name: 'From env', isDefault: false, config: openAiConfig({ env: 'PC_TEST_IMAGES_KEY' }) }))) as { id: string; isDefault: boolean; config: { apiKey: unknown } };
      expect(fromEnv).toMatchObject({ isDefault: false, config: { apiKey: { source: 'env', env: 'PC_TEST_IMAGES_KEY' } } });
      expect(await bodyOf(await harness.call('POST', `${base}/${fromEnv.id}/test`))).toMatchObject({ ok: true });

      const wrong = (await bodyOf(await harness.call('POST', base, { name: 'Wrong key', isDefault: false, config: openAiConfig({ value: 'sk-wrong' }) }))) as { id: string };
      const refused = (await bodyOf(await harness.call('POST', `${base}/${wrong.id}/test`))) as { ok: boolean; error: { code: string; message: string } };
      expect(refused.ok).toBe(false);
      expect(refused.error.code).toBe('backend_request_error');
      expect(refused.error.message).toContain('401');

      const unset = (await bodyOf(await harness.call('POST', base, { name: 'Unset env', isDefault: false, config: openAiConfig({ env: 'PC_NOT_SET' }) }))) as { id: string };
      expect(await bodyOf(await harness.call('POST', `${base}/${unset.id}/test`))).toMatchObject({ ok: false, error: { code: 'backend_config_error' } });
    });

    it('refuses bad configs with field paths, a taken name, and everyone but owners', async () => {
      const noKey = await harness.call('POST', base, { name: 'No key', config: openAiConfig() });
      expect(noKey.status).toBe(422);
      expect((await bodyOf(noKey)).errors).toContainEqual(expect.objectContaining({ path: 'config.apiKey' }));

      const badBinding = await harness.call('POST', base, {
        name: 'Bad binding',
        config: { kind: 'comfyui', url: 'http://gpu:8188', workflow: { '6': { class_type: 'CLIPTextEncode', inputs: { text: '' } } }, binding: { positive: '6.inputs.text', negative: '7.inputs.text', seed: '3.inputs.seed', width: '5.inputs.width', height: '5.inputs.height', output: '9' } },
      });
      expect(badBinding.status).toBe(422);
      expect(((await bodyOf(badBinding)).errors as { path: string }[]).map((error) => error.path)).toContain('config.binding.negative');

      expect((await harness.call('POST', base, { name: 'Twice', isDefault: false, config: openAiConfig({ value: 'sk-1' }) })).status).toBe(201);
      const twice = await harness.call('POST', base, { name: 'Twice', isDefault: false, config: openAiConfig({ value: 'sk-1' }) });
      expect(twice.status).toBe(409);
      expect((await bodyOf(twice)).code).toBe('backend_name_taken');

      const editor = await harness.signUp('Editor');
      expect((await harness.call('POST', `/workspaces/${harness.owner.workspaceId}/members`, { email: editor.user.email, role: 'editor' })).status).toBe(201);
      expect((await editor.call('GET', base)).status).toBe(403);
      expect((await editor.call('POST', base, { name: 'Editor’s', config: openAiConfig({ value: 'sk' }) })).status).toBe(403);
      const outsider = await harness.signUp('Outsider');
      expect((await outsider.call('GET', base)).status).toBe(404);
    });

    it('an outsider owning only a workspace of their own cannot aim the server at internal addresses or at its environment', async () => {
      // An "internal service" on 127.0.0.2 (not allowed) and a public-looking server on 127.0.0.1 (allowed) that redirects there.
      const internalHits: string[] = [];
      const internal = await listen(createServer((request, response) => (internalHits.push(`${request.method} ${request.url}`), response.end('{"secret":"internal"}'))), '127.0.0.2');
      const seen: string[] = [];
      const redirector = await listen(
        createServer((request, response) => {
          seen.push(String(request.headers.authorization));
          response.writeHead(307, { location: `http://127.0.0.2:${port(internal)}/v1/images/generations` }).end();
        }),
        '127.0.0.1',
      );
      // An allowed back end whose answer names the internal service as the image to download.
      const pointing = await listen(
        createServer((request, response) => {
          request.resume();
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: [{ url: `http://127.0.0.2:${port(internal)}/latest/meta-data` }] }));
        }),
        '127.0.0.1',
      );
      try {
        const attacker = await harness.signUp('Attacker');
        const theirs = `/workspaces/${attacker.workspaceId}/backends`;
        const at = (url: string, apiKey: unknown = { value: 'sk-mine' }) => ({ name: `At ${url}`, isDefault: false, config: { kind: 'openai-images', url, model: 'm', apiKey } });

        for (const url of [`http://127.0.0.2:${port(internal)}/v1`, 'http://169.254.169.254/latest', 'http://[::1]:6379', 'http://[::ffff:127.0.0.2]:5432', 'http://0x7f000002:5432']) {
          const refused = await attacker.call('POST', theirs, at(url));
          expect(refused.status, url).toBe(422);
          expect((await bodyOf(refused)).errors, url).toContainEqual(expect.objectContaining({ path: 'config.url', code: 'backend_target_refused' }));
        }
        const envRefused = await attacker.call('POST', theirs, at(`${openai.url}/v1`, { env: 'PC_SERVER_ONLY' }));
        expect(envRefused.status).toBe(422);
        expect((await bodyOf(envRefused)).errors).toContainEqual(expect.objectContaining({ path: 'config.apiKey.env', code: 'secret_env_refused' }));

        const testOf = async (url: string, apiKey?: unknown) => {
          const created = (await bodyOf(await attacker.call('POST', theirs, at(url, apiKey)))) as { id: string };
          expect(created.id, url).toBeDefined();
          return (await bodyOf(await attacker.call('POST', `${theirs}/${created.id}/test`))) as { ok: boolean; error?: { code: string; message: string } };
        };
        // A name resolving to an internal address passes the save check and is refused when resolved.
        const rebound = await testOf(`http://internal.attacker.test:${port(internal)}/v1`);
        expect(rebound).toMatchObject({ ok: false, error: { code: 'backend_config_error' } });
        expect(rebound.error?.message).toContain('resolves to 127.0.0.2');
        // A redirect from an allowed address is not followed.
        const redirected = await testOf(`http://127.0.0.1:${port(redirector)}/v1`);
        expect(redirected).toMatchObject({ ok: false, error: { code: 'backend_request_error' } });
        expect(redirected.error?.message).toContain('307');

        // The image URL an answer names is checked like the back end's own.
        const named = await testOf(`http://127.0.0.1:${port(pointing)}/v1`);
        expect(named).toMatchObject({ ok: false, error: { code: 'backend_config_error' } });
        expect(named.error?.message).toContain('127.0.0.2');

        // A config stored before the operator narrowed the settings is checked again when built.
        const stored = (await bodyOf(await attacker.call('POST', theirs, { ...at(`http://127.0.0.1:${port(redirector)}/v1`), name: 'Stored earlier' }))) as { id: string };
        await harness.test.database.db.execute(
          sql`update workspace_backends set config = jsonb_set(config, '{apiKey}', '{"env":"PC_SERVER_ONLY"}') where id = ${stored.id}`,
        );
        const exfiltrate = (await bodyOf(await attacker.call('POST', `${theirs}/${stored.id}/test`))) as { ok: boolean; error?: { code: string; message: string } };
        expect(exfiltrate).toMatchObject({ ok: false, error: { code: 'backend_config_error' } });
        await harness.test.database.db.execute(sql`update workspace_backends set config = jsonb_set(config, '{url}', ${JSON.stringify(`http://127.0.0.2:${port(internal)}/v1`)}::jsonb) where id = ${stored.id}`);
        expect(await bodyOf(await attacker.call('POST', `${theirs}/${stored.id}/test`))).toMatchObject({ ok: false, error: { code: 'backend_config_error' } });

        expect(internalHits).toEqual([]);
        expect(seen.join()).not.toContain('server-only-secret');
      } finally {
        await Promise.all([close(internal), close(redirector), close(pointing)]);
      }
    });

    it('runs generate the storyboard frame with the default back end', async () => {
      const created = await harness.call('POST', base, { name: 'Run images', config: openAiConfig({ value: 'sk-workspace-secret' }) });
      expect(created.status).toBe(201);
      const graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Harbour', document: harbourScene() }))) as { id: string }).id;
      const { id } = (await bodyOf(await harness.call('POST', `/graphs/${graphId}/runs`))) as { id: string };
      let run: { status: string; nodes: { type: string; outputs: { values: Record<string, unknown>; artifacts: Record<string, { mediaType: string }> } | null }[] } | undefined;
      for (let tries = 0; tries < 800 && !['succeeded', 'failed', 'cancelled'].includes(run?.status ?? ''); tries += 1) {
        if (run) await new Promise((resolve) => setTimeout(resolve, 25));
        run = await bodyOf(await harness.call('GET', `/runs/${id}`));
      }
      expect(run?.status).toBe('succeeded');
      const shot = run?.nodes.find((node) => node.type === 'shot');
      expect(shot?.outputs?.values['frame']).toMatchObject({ artifact: 'frame.png', mediaType: 'image/png', generated: { backend: 'Run images', model: 'gpt-image-1' } });
      expect(shot?.outputs?.artifacts['frame.png']?.mediaType).toBe('image/png');
      expect(openai.generations.some((generation) => generation.idempotencyKey === `${id}_${(shot as unknown as { nodeId: string }).nodeId}`)).toBe(true);
    }, 60_000);
  });

const listen = (server: Server, host: string) => new Promise<Server>((resolve) => server.listen(0, host, () => resolve(server)));
const port = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
