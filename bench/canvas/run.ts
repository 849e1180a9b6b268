/**
 * Canvas bench: frames per second while panning and zooming a 1,000-node graph in the
 * product, next to plain React Flow rendering the same nodes in a pane of the same size.
 * The ratio (product / plain) is the figure; the target is at least 0.9.
 *
 *   pnpm bench:canvas                 # builds server, web and the plain page; 3 rounds of 10 s each
 *   pnpm bench:canvas --no-build --seconds 5 --rounds 5
 *   pnpm bench:canvas --no-build --rounds 1 --profile --no-docs
 *                                     # also a DevTools CPU profile of each page (bench/results/*.cpuprofile)
 *   pnpm bench:canvas --no-build --product before=/tmp/web-before --product after=apps/web/dist
 *                                     # compares web builds (each `vite build --outDir`); docs only with --docs
 *
 * Prints a table, writes bench/results/canvas.json and the canvas section of docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { signUp } from '../../e2e/support/accounts.js';
import { startProductServer, type ProductServer } from '../../e2e/support/server.js';
import { buildBenchGraph } from './graph.js';
import { mainThreadCounters, panAndZoom, profileGesture, topSelfTime, startRecording, stopRecording, viewState, warmUp, type FrameStats, type MainThreadCost, type ViewState } from './measure.js';
import type * as PlaywrightModule from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import type * as ViteModule from 'vite';
import type { PluginOption } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SECONDS = option('seconds', 10);
const ROUNDS = option('rounds', 3);
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Tools live in the workspace packages that depend on them.
const importFrom = async <T>(packageDir: string, name: string): Promise<T> =>
  (await import(pathToFileURL(createRequire(path.join(packageDir, 'package.json')).resolve(name)).href)) as T;

const webDir = path.join(root, 'apps/web');
const plainDir = path.join(here, 'plain');
const plainDist = path.join(root, 'bench/results/canvas-plain');

/** The product, as e2e runs it. */
const buildProduct = () => {
  execFileSync('pnpm', ['--filter', '@pc/server', 'build'], { cwd: root, stdio: 'inherit' });
  execFileSync('pnpm', ['--filter', '@pc/web', 'build'], { cwd: root, stdio: 'inherit' });
};

/** The plain React Flow page (a few seconds), with the web app's React and React Flow. */
const buildPlain = async () => {
  const vite = await importFrom<typeof ViteModule>(webDir, 'vite');
  const react = await importFrom<{ default: () => PluginOption }>(webDir, '@vitejs/plugin-react');
  const resolveWeb = (name: string) => path.dirname(createRequire(path.join(webDir, 'package.json')).resolve(`${name}/package.json`));
  await vite.build({
    root: plainDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react.default()],
    resolve: {
      alias: { react: resolveWeb('react'), 'react-dom': resolveWeb('react-dom'), '@xyflow/react': resolveWeb('@xyflow/react') },
    },
    build: { outDir: plainDist, emptyOutDir: true, target: 'es2022' },
  });
};

/** Serves the plain page and its graph.json. */
const servePlain = (graphJson: string): Promise<{ url: string; server: Server }> =>
  new Promise((resolve) => {
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
    const server = createServer((request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://x').pathname;
      if (pathname === '/graph.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(graphJson);
        return;
      }
      const file = path.join(plainDist, pathname === '/' ? 'index.html' : path.normalize(pathname));
      if (!file.startsWith(plainDist) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server });
    });
  });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** `--product name=path/to/web/dist` (repeatable): compare builds; the default is apps/web/dist. */
const productVariants = (): Array<{ name: string; webDist?: string }> => {
  const variants: Array<{ name: string; webDist?: string }> = [];
  args.forEach((arg, i) => {
    if (arg !== '--product') return;
    const [name, dir] = (args[i + 1] ?? '').split('=');
    if (!name || !dir) throw new Error('--product wants name=path/to/web/dist');
    variants.push({ name, webDist: path.resolve(dir) });
  });
  return variants.length > 0 ? variants : [{ name: 'product' }];
};

interface Run extends FrameStats {
  round: number;
  /**
   * CPU time of all Chromium processes per stroke of the gesture (ms): the work the same
   * input costs, which a busy machine stretches far less than it stretches frame times.
   */
  cpuMsPerStroke: number;
  /** The page's main thread per stroke, by kind of work. */
  mainThread: MainThreadCost;
  /** The 1-minute load average when the run started. */
  load: number;
  view: ViewState;
}

const main = async () => {
  if (!args.includes('--no-build')) buildProduct();
  await buildPlain();
  const playwright = await importFrom<typeof PlaywrightModule & { default?: typeof PlaywrightModule }>(path.join(root, 'e2e'), '@playwright/test');
  const { chromium } = playwright.default ?? playwright;
  const graph = buildBenchGraph();
  const plainGraph = JSON.stringify({
    nodes: graph.nodes.map((node) => ({ id: node.id, position: node.position, label: String(node.data['name'] ?? node.data['sceneNumber'] ?? node.data['shotNumber'] ?? node.id) })),
    edges: graph.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  });
  const plain = await servePlain(plainGraph);
  const variants = productVariants();
  const servers: ProductServer[] = [];
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const cdp = await browser.newBrowserCDPSession();
  const chromiumCpuSeconds = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ cpuTime: number }> };
    return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  };
  try {
    // 1. Per product build: a server, an account, and the graph seeded over the API as an import would.
    const products: Array<{ name: string; context: BrowserContext; url: string }> = [];
    for (const variant of variants) {
      // A loaded machine (load 20–30 on 2 CPUs) can take minutes to start a server.
      const server = await startProductServer(variant.webDist ? { WEB_DIST: variant.webDist } : {}, { readyTimeoutMs: 180_000 });
      servers.push(server);
      const context = await browser.newContext({ viewport: VIEWPORT });
      const signUpPage = await context.newPage();
      await signUp(signUpPage, server);
      const seeded = await signUpPage.evaluate(
        async (body) => {
          const response = await fetch('/api/v1/graphs', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          return { status: response.status, text: await response.text() };
        },
        JSON.stringify({ name: 'Bench 1,000 nodes', document: graph }),
      );
      if (seeded.status !== 201 && seeded.status !== 200) throw new Error(`seeding failed: ${seeded.status} ${seeded.text}`);
      const { id } = JSON.parse(seeded.text) as { id: string };
      await signUpPage.close();
      products.push({ name: variant.name, context, url: `${server.url}/graphs/${id}` });
    }

    // The product's pane size, so plain React Flow gets the same.
    const probe = await products[0]!.context.newPage();
    await probe.goto(products[0]!.url);
    await probe.locator('.react-flow__node').first().waitFor();
    const pane = (await probe.locator('.react-flow').boundingBox())!;
    await probe.close();

    const open = async (name: string): Promise<Page> => {
      const product = products.find((candidate) => candidate.name === name);
      const page = product ? await product.context.newPage() : await browser.newPage({ viewport: VIEWPORT });
      await page.goto(product ? product.url : `${plain.url}?w=${Math.round(pane.width)}&h=${Math.round(pane.height)}`);
      await page.locator('.react-flow__node').first().waitFor();
      await page.waitForTimeout(1_500);
      return page;
    };

    // 2. Rounds: every page once per round, the order rotating, so a change in the machine's
    //    load falls on all of them alike; ratios are taken within a round.
    const names = ['plain', ...products.map((product) => product.name)];
    const runs: Record<string, Run[]> = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      for (const name of order) {
        const page = await open(name);
        const box = (await page.locator('.react-flow').boundingBox())!;
        const view = await viewState(page);
        await warmUp(page, box);
        await page.waitForTimeout(500);
        const load = os.loadavg()[0] ?? 0;
        const counters = await mainThreadCounters(page);
        const countersBefore = await counters.take();
        const cpuBefore = await chromiumCpuSeconds();
        await startRecording(page);
        const strokes = await panAndZoom(page, box, SECONDS);
        const frames = await stopRecording(page);
        const cpuMsPerStroke = ((await chromiumCpuSeconds()) - cpuBefore) * 1000 / strokes;
        const mainThread = counters.cost(countersBefore, await counters.take(), strokes);
        runs[name]!.push({ round, load, view, cpuMsPerStroke, mainThread, ...frames });
        await page.close();
        const main = `main thread ${mainThread.scriptMs.toFixed(0)} script / ${mainThread.styleLayoutMs.toFixed(0)} style+layout / ${mainThread.otherMs.toFixed(0)} other`;
        console.log(`round ${round + 1}/${ROUNDS} ${name}: ${frames.meanFps.toFixed(1)} fps, ${cpuMsPerStroke.toFixed(0)} ms CPU per stroke, ${main} (load ${load.toFixed(2)})`);
      }
    }

    // With --profile: one more, unrecorded gesture per page under the DevTools profiler;
    // its .cpuprofile (open in DevTools) and the top functions by self time.
    if (args.includes('--profile')) {
      for (const name of names) {
        const page = await open(name);
        const box = (await page.locator('.react-flow').boundingBox())!;
        await warmUp(page, box);
        const profile = await profileGesture(page, () => panAndZoom(page, box, SECONDS));
        await page.close();
        mkdirSync(path.join(root, 'bench/results'), { recursive: true });
        writeFileSync(path.join(root, `bench/results/canvas-${name}.cpuprofile`), JSON.stringify(profile));
        console.log(`\nprofile ${name}: self time, ms (bench/results/canvas-${name}.cpuprofile)`);
        for (const { fn, ms } of topSelfTime(profile, 15)) console.log(`${ms.toFixed(0).padStart(7)}  ${fn}`);
      }
    }

    // 3. Report: medians over rounds; the ratio is the median of the per-round ratios.
    const summary = (list: Run[]) => ({
      medianFps: median(list.map((run) => run.medianFps)),
      meanFps: median(list.map((run) => run.meanFps)),
      p95FrameMs: median(list.map((run) => run.p95FrameMs)),
      cpuMsPerStroke: median(list.map((run) => run.cpuMsPerStroke)),
      mainThread: {
        taskMs: median(list.map((run) => run.mainThread.taskMs)),
        scriptMs: median(list.map((run) => run.mainThread.scriptMs)),
        styleLayoutMs: median(list.map((run) => run.mainThread.styleLayoutMs)),
        otherMs: median(list.map((run) => run.mainThread.otherMs)),
      },
      frames: list.reduce((sum, run) => sum + run.frames, 0),
      view: list[0]!.view,
    });
    const ratioOf = (name: string) => {
      const perRound = runs[name]!.map((run, i) => run.meanFps / runs['plain']![i]!.meanFps);
      return { median: median(perRound), perRound: perRound.map((ratio) => Math.round(ratio * 1000) / 1000) };
    };
    const loads = Object.values(runs).flat().map((run) => run.load);
    const load = { median: median(loads), min: Math.min(...loads), max: Math.max(...loads) };
    const stats = Object.fromEntries(names.map((name) => [name, summary(runs[name]!)]));
    const ratios = Object.fromEntries(products.map((product) => [product.name, ratioOf(product.name)]));
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      chromium: browser.version(),
      date: new Date().toISOString().slice(0, 10),
    };
    const results = {
      graph: { nodes: graph.nodes.length, edges: graph.edges.length },
      viewport: VIEWPORT,
      pane: { width: Math.round(pane.width), height: Math.round(pane.height) },
      seconds: SECONDS,
      rounds: ROUNDS,
      chromiumArgs: CHROMIUM_ARGS,
      stats,
      ratios,
      load,
      target: 0.9,
      machine,
      runs,
    };
    mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    writeFileSync(path.join(root, 'bench/results/canvas.json'), `${JSON.stringify(results, null, 2)}\n`);

    const f = (n: number, digits = 1) => n.toFixed(digits);
    const columns = [...products.map((product) => product.name), 'plain'];
    const heading = products.length === 1 ? ['product', 'plain React Flow'] : columns;
    const row = (label: string, cell: (name: string) => string) => `| ${label} | ${columns.map(cell).join(' | ')} |`;
    const table = [
      `| | ${heading.join(' | ')} |`,
      `|---|${columns.map(() => '---:').join('|')}|`,
      row('frames per second (mean over the gesture)', (name) => f(stats[name]!.meanFps)),
      row('frames per second (median frame)', (name) => f(stats[name]!.medianFps)),
      row('p95 frame time (ms)', (name) => f(stats[name]!.p95FrameMs)),
      row('Chromium CPU per stroke (ms, median)', (name) => f(stats[name]!.cpuMsPerStroke, 0)),
      row('page main thread per stroke (ms, median): script / style + layout / other', (name) => {
        const main = stats[name]!.mainThread;
        return `${f(main.scriptMs, 0)} / ${f(main.styleLayoutMs, 0)} / ${f(main.otherMs, 0)}`;
      }),
      row('zoom after fit-view', (name) => String(stats[name]!.view.zoom)),
      row('nodes in view / rendered at the start', (name) => `${stats[name]!.view.nodesInView} / ${stats[name]!.view.renderedNodes}`),
      row('elements in the node layer', (name) => String(stats[name]!.view.nodeLayerElements)),
      row(
        `**ratio to plain (median of ${ROUNDS} rounds)**`,
        (name) => (name === 'plain' ? 'target ≥ 90 %' : `**${f(ratios[name]!.median * 100, 0)} %** (${ratios[name]!.perRound.map((r) => f(r * 100, 0)).join(', ')})`),
      ),
      `| load average (1 min) during the runs, ${machine.cpus} CPUs | ${f(load.median, 2)} (${f(load.min, 2)}–${f(load.max, 2)}) |${' |'.repeat(columns.length - 1)}`,
    ].join('\n');
    console.log(`\nCanvas pan + zoom — ${graph.nodes.length} nodes, ${graph.edges.length} links, pane ${results.pane.width}×${results.pane.height}, ${ROUNDS}×${SECONDS} s each\n`);
    console.log(table);
    if ((products.length === 1 && !args.includes('--no-docs')) || args.includes('--docs')) writeSection(machine, results.pane, table);
  } finally {
    await browser.close();
    plain.server.close();
    for (const server of servers) await server.dispose();
  }
};

const START = '<!-- canvas-bench:start -->';
const END = '<!-- canvas-bench:end -->';

/** Replaces the canvas section of docs/benchmarks.md (creating the file with its header). */
const writeSection = (machine: Record<string, string | number>, pane: { width: number; height: number }, table: string) => {
  const file = path.join(root, 'docs/benchmarks.md');
  const header = [
    '# Benchmarks',
    '',
    'Numbers from the benches in this repository. Each section names the machine it ran on;',
    'shared CI boxes are noisy, so compare ratios and orders of magnitude, not single digits.',
    '',
  ].join('\n');
  const section = [
    START,
    '## Canvas: pan and zoom a 1,000-node graph',
    '',
    `\`pnpm bench:canvas\` (bench/canvas/run.ts) — ${machine['date']}, ${machine['cpus']} × ${machine['cpuModel']}, ${machine['memoryGiB']} GiB,`,
    `Node ${machine['node']}, Chromium ${machine['chromium']} headless with \`--disable-gpu\` (software rendering).`,
    '',
    `The product's canvas page (seeded over the API: 200 characters, 200 scenes, 600 shots, 1,000 links)`,
    `next to plain React Flow rendering the same nodes as default nodes of card size (264 × 180) in a`,
    `pane of the same size (${pane.width} × ${pane.height}), both at a 1440 × 900 viewport with the same fit-view,`,
    'zoom limits and Chromium flags. The gesture is real input through the DevTools protocol: drag-pan',
    'across the pane, six wheel steps of zoom in, back and out again, in whole cycles (zoom 0.1 ↔ 0.27);',
    'frames are counted with requestAnimationFrame after one unrecorded warm-up cycle. Every page runs',
    'once per round, in rotating order, and the ratio is the median of the per-round ratios; the CPU',
    'row (all Chromium processes per stroke) is less sensitive to the machine\'s load than frame rates.',
    '',
    table,
    '',
    'Both start fitted to all 1,000 nodes (zoom 0.1, the minimum), where the product draws compact',
    'cards (`data-lod="low"` below zoom 0.5, without painting port handles below 0.25) and, above',
    '300 nodes, only the visible ones (`onlyRenderVisibleElements`); plain React Flow renders all',
    '1,000. The plain page has no minimap, controls or background; the product keeps all three.',
    END,
  ].join('\n');
  let text = existsSync(file) ? readFileSync(file, 'utf8') : `${header}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  text = start >= 0 && end > start ? `${text.slice(0, start)}${section}${text.slice(end + END.length)}` : `${text.trimEnd()}\n\n${section}\n`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

await main();
