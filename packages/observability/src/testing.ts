// Test helpers: an in-memory span exporter behind a registered tracer provider.
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing, type Tracing } from './tracing.js';

/** Registers a tracer provider whose finished spans land in `exporter` (synchronously). */
export function startTestTracing(serviceName: string): { exporter: InMemorySpanExporter; tracing: Tracing } {
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing({ serviceName, spanProcessor: new SimpleSpanProcessor(exporter) });
  if (!tracing) throw new Error('tracing did not start');
  return { exporter, tracing };
}

/**
 * One sample from Prometheus text exposition: the value of `name` (a counter, a gauge, or
 * a histogram's `_bucket`/`_sum`/`_count`) whose labels include `labels`, summed over the
 * matching series; 0 when none matches. Parses the scraped text, as Prometheus would.
 */
export function sampleValue(exposition: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of exposition.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) total += Number(match[3]);
  }
  return total;
}

/** Runs `work` inside a new root span; returns its result and the span's ids. */
export async function inRootSpan<T>(name: string, work: () => Promise<T>): Promise<{ result: T; traceId: string; spanId: string }> {
  return trace.getTracer('test').startActiveSpan(name, { root: true }, async (span) => {
    try {
      return { result: await work(), ...span.spanContext() };
    } finally {
      span.end();
    }
  });
}

/** The variable names in the first column of the tables of one `## heading` section of a Markdown page (docs/configuration.md). */
export function documentedEnvVariables(markdown: string, heading: string): string[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!));
}
