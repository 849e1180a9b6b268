import { describe, expect, it } from 'vitest';
import { metricsBearerAuthorized } from './metrics-auth.js';
import { createMetrics } from './metrics.js';
import { metricsRunObserver } from './run-observer.js';
import { sampleValue } from './testing.js';

describe('createMetrics', () => {
  it('reads queue depth and collab gauges from their sources at scrape time', async () => {
    const metrics = createMetrics({ service: 'worker', defaultMetrics: false });
    let waiting = 3;
    metrics.watchQueue(async () => ({ cpu: { waiting, active: 1, delayed: 0, failed: 2 }, io: { waiting: 0, active: 0, delayed: 0, failed: 0 } }));
    metrics.watchCollab(() => ({ connections: 4, rooms: 2 }));
    let { body } = await metrics.scrape();
    expect(body).toContain('pc_queue_jobs{queue="cpu",state="waiting",service="worker"} 3');
    expect(body).toContain('pc_queue_jobs{queue="cpu",state="failed",service="worker"} 2');
    expect(body).toContain('pc_ws_connections{service="worker"} 4');
    expect(body).toContain('pc_collab_rooms{service="worker"} 2');
    waiting = 0;
    ({ body } = await metrics.scrape());
    expect(body).toContain('pc_queue_jobs{queue="cpu",state="waiting",service="worker"} 0');
  });

  it('counts what the run observer reports', async () => {
    const metrics = createMetrics({ service: 'server', defaultMetrics: false });
    const observer = metricsRunObserver(metrics);
    observer.nodeStarted({ nodeType: 'scene', resourceClass: 'cpu', waitMs: 250 });
    observer.nodeFinished({ nodeType: 'scene', resourceClass: 'cpu', outcome: 'succeeded', runMs: 1500 });
    observer.cacheLookup({ nodeType: 'shot', hit: true });
    observer.cacheLookup({ nodeType: 'shot', hit: false });
    observer.cacheLookup({ nodeType: 'shot', hit: false });
    observer.runFinished({ status: 'failed' });
    const { body } = await metrics.scrape();
    expect(sampleValue(body, 'pc_job_wait_seconds_sum', { queue: 'cpu', node_type: 'scene' })).toBe(0.25);
    const run = { queue: 'cpu', node_type: 'scene', outcome: 'succeeded' };
    expect(sampleValue(body, 'pc_job_run_seconds_bucket', { ...run, le: '5' })).toBe(1);
    expect(sampleValue(body, 'pc_job_run_seconds_bucket', { ...run, le: '1' })).toBe(0);
    expect(sampleValue(body, 'pc_node_cache_lookups_total', { node_type: 'shot', result: 'hit' })).toBe(1);
    expect(sampleValue(body, 'pc_node_cache_lookups_total', { node_type: 'shot', result: 'miss' })).toBe(2);
    expect(sampleValue(body, 'pc_runs_finished_total', { status: 'failed' })).toBe(1);
    expect(sampleValue(body, 'pc_runs_finished_total', { status: 'succeeded' })).toBe(0);
  });

  it('includes event-loop lag and process memory by default', async () => {
    const { body } = await createMetrics({ service: 'server' }).scrape();
    expect(body).toContain('nodejs_eventloop_lag_seconds');
    expect(body).toContain('process_resident_memory_bytes');
    expect(body).toContain('nodejs_heap_size_used_bytes');
  });
});

describe('metricsBearerAuthorized', () => {
  it('accepts exactly the configured bearer token', () => {
    const token = 'a-long-metrics-token-0123456789';
    expect(metricsBearerAuthorized(`Bearer ${token}`, token)).toBe(true);
    expect(metricsBearerAuthorized(`bearer ${token}`, token)).toBe(true);
    expect(metricsBearerAuthorized(`Bearer ${token}x`, token)).toBe(false);
    expect(metricsBearerAuthorized(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(metricsBearerAuthorized(token, token)).toBe(false);
    expect(metricsBearerAuthorized(undefined, token)).toBe(false);
  });
});
