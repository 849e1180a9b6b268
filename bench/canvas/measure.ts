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

/**
 * The scripted gesture, identical for both pages: drag-pan across the pane, wheel-zoom in
 * at its centre, pan back, zoom out, until `seconds` have passed. Real input events
 * through the DevTools protocol, so d3-zoom and React Flow run as they do for a person.
 */
export const panAndZoom = async (page: Page, pane: { x: number; y: number; width: number; height: number }, seconds: number) => {
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  const deadline = Date.now() + seconds * 1000;
  let direction = 1;
  while (Date.now() < deadline) {
    await page.mouse.move(cx - direction * 200, cy - 100);
    await page.mouse.down();
    for (let i = 1; i <= 24; i++) await page.mouse.move(cx - direction * 200 + direction * i * 16, cy - 100 + i * 8);
    await page.mouse.up();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, direction * -120);
    direction = -direction;
  }
};
