import type { Page } from '@playwright/test';

export interface FrameStats {
  frames: number;
  seconds: number;
  medianFps: number;
  meanFps: number;
  p95FrameMs: number;
}

// A string, not a function: tsx's name-keeping helpers do not exist in the page.
const RECORD = `(() => {
  window.__frames = [];
  window.__recording = true;
  const tick = (time) => {
    if (!window.__recording) return;
    window.__frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Starts recording requestAnimationFrame timestamps in the page. */
export const startRecording = (page: Page) => page.evaluate(RECORD);

export const stopRecording = async (page: Page): Promise<FrameStats> => {
  const frames = (await page.evaluate('(() => { window.__recording = false; return window.__frames; })()')) as number[];
  const deltas = frames.slice(1).map((time, i) => time - (frames[i] as number));
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const seconds = ((frames.at(-1) ?? 0) - (frames[0] ?? 0)) / 1000;
  return {
    frames: deltas.length,
    seconds,
    medianFps: 1000 / at(0.5),
    meanFps: deltas.length / seconds,
    p95FrameMs: at(0.95),
  };
};

/** What a page shows before the gesture: the same for both pages, or the comparison is off. */
export interface ViewState {
  /** The viewport transform's zoom after fit-view. */
  zoom: number;
  /** Node elements in the DOM (the product renders only visible ones above 300 nodes). */
  renderedNodes: number;
  /** Nodes whose box intersects the pane. */
  nodesInView: number;
  /** Elements inside the node layer: what style, layout and paint walk. */
  nodeLayerElements: number;
}

const VIEW_STATE = `(() => {
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  const nodes = [...document.querySelectorAll('.react-flow__node')];
  const inView = nodes.filter((node) => {
    const r = node.getBoundingClientRect();
    return r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom;
  });
  const transform = getComputedStyle(document.querySelector('.react-flow__viewport')).transform;
  const zoom = new DOMMatrixReadOnly(transform).a;
  return {
    zoom: Math.round(zoom * 1000) / 1000,
    renderedNodes: nodes.length,
    nodesInView: inView.length,
    nodeLayerElements: document.querySelectorAll('.react-flow__nodes *').length,
  };
})()`;

export const viewState = (page: Page) => page.evaluate(VIEW_STATE) as Promise<ViewState>;

type Pane = { x: number; y: number; width: number; height: number };

/**
 * One stroke of the gesture: drag-pan diagonally across the pane, then six wheel steps at
 * its centre (in when `direction` is 1, out when it is -1). Real input events through the
 * DevTools protocol, so d3-zoom and React Flow run as they do for a person.
 */
const stroke = async (page: Page, pane: Pane, direction: 1 | -1) => {
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.mouse.move(cx - direction * 200, cy - 100);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) await page.mouse.move(cx - direction * 200 + direction * i * 16, cy - 100 + i * 8);
  await page.mouse.up();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, direction * -120);
};

/**
 * The scripted gesture, identical for both pages: pan across and zoom in, pan back and zoom
 * out, repeated until `seconds` have passed; always whole in-and-out cycles, so every run
 * ends where it started. Returns the number of strokes.
 */
export const panAndZoom = async (page: Page, pane: Pane, seconds: number): Promise<number> => {
  const deadline = Date.now() + seconds * 1000;
  let strokes = 0;
  do {
    await stroke(page, pane, 1);
    await stroke(page, pane, -1);
    strokes += 2;
  } while (Date.now() < deadline);
  return strokes;
};

/** One in-and-out cycle, not recorded: JIT, style caches and raster tiles warm up. */
export const warmUp = async (page: Page, pane: Pane) => {
  await stroke(page, pane, 1);
  await stroke(page, pane, -1);
};

/** The page's main thread per stroke (ms): where a frame's work goes, by the renderer's own counters. */
export interface MainThreadCost {
  /** Every task on the main thread. */
  taskMs: number;
  scriptMs: number;
  /** Style recalculation plus layout. */
  styleLayoutMs: number;
  /** The rest: paint recording, compositing updates, hit testing, GC. */
  otherMs: number;
}

type Metrics = Record<string, number>;

/**
 * Reads Chromium's Performance domain counters (seconds of main-thread time by kind)
 * through a DevTools session on the page; call `take` before and after the gesture.
 */
export const mainThreadCounters = async (page: Page) => {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const take = async (): Promise<Metrics> => {
    const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
  };
  const cost = (before: Metrics, after: Metrics, strokes: number): MainThreadCost => {
    const ms = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / strokes;
    const taskMs = ms('TaskDuration');
    const scriptMs = ms('ScriptDuration');
    const styleLayoutMs = ms('RecalcStyleDuration') + ms('LayoutDuration');
    return { taskMs, scriptMs, styleLayoutMs, otherMs: taskMs - scriptMs - styleLayoutMs };
  };
  return { take, cost };
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) by function over a CPU profile, largest first. */
export const topSelfTime = (profile: Profile, count: number): Array<{ fn: string; ms: number }> => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([fn, ms]) => ({ fn, ms })).sort((a, b) => b.ms - a.ms).slice(0, count);
};

/** Samples the page's JavaScript (DevTools Profiler) while `gesture` runs. */
export const profileGesture = async (page: Page, gesture: () => Promise<unknown>): Promise<Profile> => {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  await session.send('Profiler.start');
  await gesture();
  const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
  await session.detach();
  return profile;
};
