import { expect, test } from '@playwright/test';
import { signUp } from '../support/accounts.js';
import { startProductServer, type ProductServer } from '../support/server.js';

/*
 * Stored XSS through outputs: whatever an editor types into a name, a note or a scene's text
 * ends up in SVG frames, character sheets and Markdown served from our origin. Opened
 * directly in the browser (a link shared in chat), none of it may run.
 */

let server: ProductServer;

test.beforeAll(async () => {
  server = await startProductServer();
});

test.afterAll(async () => {
  await server?.dispose();
});

const PAYLOADS = [
  '<script>window.top.pwned=1;alert(1)</script>',
  '</text><script>alert(2)</script><text>',
  ']]><script>alert(3)</script>',
  'javascript:alert(4)',
  '"><svg onload="alert(5)">',
  "'><img src=x onerror=alert(6)>",
].join(' ');

const hostile = (text: string) => `${text} ${PAYLOADS}`;

test('names, notes and scene text full of markup never run when an artifact is opened in the browser', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, server);
  const api = async (method: 'get' | 'post', path: string, data?: unknown) =>
    page.request[method](`${server.url}/api/v1${path}`, { headers: { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' }, ...(data ? { data } : {}) });
  const document = {
    schemaVersion: 1,
    nodes: [
      {
        id: 'mara',
        type: 'character',
        position: { x: 0, y: 0 },
        data: { name: hostile('Mara'), bio: hostile('A dock worker'), personality: hostile('Quiet'), appearance: { hair: hostile('grey'), marks: hostile('scar') }, voice: hostile('low') },
      },
      {
        id: 'sc1',
        type: 'scene',
        position: { x: 300, y: 0 },
        data: { name: hostile('Harbour'), sceneNumber: '1', intExt: 'EXT', locationName: hostile('HARBOUR'), timeOfDay: 'DAWN', synopsis: hostile('Mara waits'), scriptText: hostile('MARA\nWhere is he?') },
      },
      {
        id: 'sh1a',
        type: 'shot',
        position: { x: 600, y: 0 },
        data: { shotNumber: '1A', shotSize: 'WS', description: hostile('Mara on the quay'), action: hostile('She turns'), composition: hostile('left third'), mood: hostile('cold') },
      },
      { id: 'note', type: 'note', position: { x: 0, y: 300 }, data: { text: hostile('Ask the harbour master') } },
    ],
    edges: [
      { id: 'cast', source: 'mara', sourceHandle: 'character', target: 'sc1', targetHandle: 'characters' },
      { id: 'cover', source: 'sc1', sourceHandle: 'scene', target: 'sh1a', targetHandle: 'scene' },
    ],
  };
  const graph = await api('post', '/graphs', { name: hostile('Harbour'), document });
  expect(graph.status(), await graph.text()).toBe(201);
  const graphId = ((await graph.json()) as { id: string }).id;
  const started = await api('post', `/graphs/${graphId}/runs`);
  expect(started.status()).toBe(202);
  const runId = ((await started.json()) as { id: string }).id;

  type Run = { status: string; nodes: { nodeId: string; outputs: { artifacts: Record<string, { url: string; mediaType: string }> } | null }[] };
  let run: Run | undefined;
  await expect
    .poll(async () => (run = (await (await api('get', `/runs/${runId}`)).json()) as Run).status, { timeout: 60_000 })
    .toMatch(/succeeded|failed/);
  const artifacts = run!.nodes.flatMap((node) => Object.entries(node.outputs?.artifacts ?? {}).map(([name, ref]) => ({ name: `${node.nodeId}/${name}`, ...ref })));
  // The sheets and the frame at least: SVG, Markdown and JSON, each carrying the names above.
  expect(artifacts.map((artifact) => artifact.mediaType)).toEqual(expect.arrayContaining(['image/svg+xml', 'text/markdown; charset=utf-8', 'application/json', 'image/png']));

  const ran: string[] = [];
  page.on('dialog', (dialog) => (ran.push(`${dialog.type()}: ${dialog.message()}`), void dialog.dismiss()));
  for (const artifact of artifacts) {
    const response = await page.goto(`${server.url}${artifact.url}`);
    expect(response?.status(), artifact.name).toBe(200);
    const headers = response!.headers();
    expect(headers['content-security-policy'], artifact.name).toMatch(/sandbox/);
    expect(headers['content-security-policy'], artifact.name).toMatch(/default-src 'none'/);
    expect(headers['x-content-type-options'], artifact.name).toBe('nosniff');
    const body = (await response!.body()).toString('utf8');
    if (artifact.mediaType === 'image/svg+xml') {
      // Escaped, not only contained by the policy: no element or handler came from the text.
      const parsed = await page.evaluate((svg) => {
        const root = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const elements = [...root.querySelectorAll('*')];
        return {
          error: root.querySelector('parsererror')?.textContent ?? null,
          names: [...new Set(elements.map((element) => element.localName))],
          handlers: elements.flatMap((element) => [...element.attributes].map((attribute) => attribute.name).filter((name) => /^on/i.test(name) || name === 'href')),
        };
      }, body);
      expect(parsed.error, artifact.name).toBeNull();
      expect(parsed.names.filter((name) => ['script', 'foreignObject', 'img', 'iframe', 'a', 'use', 'image'].includes(name)), artifact.name).toEqual([]);
      expect(parsed.handlers, artifact.name).toEqual([]);
      expect(body, artifact.name).toMatch(/&lt;script&gt;/i);
    }
    // The document runs nothing: no dialog, and the sandbox gives it no script at all.
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned).catch(() => undefined), artifact.name).toBeUndefined();
  }
  expect(ran).toEqual([]);
});
