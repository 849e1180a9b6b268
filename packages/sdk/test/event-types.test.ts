import { expectTypeOf, it } from 'vitest';
import type { BatchItemFinishedEvent, BatchStreamEvent, GraphRunStreamEvent, NodeProgressEvent, Run, RunStreamEvent } from '../src/index.js';

// Type-level: the stream event types come from the document, so narrowing on `event` types `data`.
it('narrows a run stream event to its data by its name', () => {
  expectTypeOf<Extract<RunStreamEvent, { event: 'snapshot' }>['data']>().toEqualTypeOf<Run>();
  expectTypeOf<Extract<RunStreamEvent, { event: 'node.progress' }>['data']>().toEqualTypeOf<NodeProgressEvent>();
  expectTypeOf<NodeProgressEvent['progress']>().toEqualTypeOf<number>();
  expectTypeOf<RunStreamEvent['event']>().toEqualTypeOf<'snapshot' | 'run.status' | 'node.status' | 'node.progress'>();
});

it('names every batch and graph stream event', () => {
  expectTypeOf<BatchStreamEvent['event']>().toEqualTypeOf<'batch.progress' | 'item.finished' | 'batch.completed'>();
  expectTypeOf<Extract<BatchStreamEvent, { event: 'item.finished' }>['data']>().toEqualTypeOf<BatchItemFinishedEvent>();
  expectTypeOf<GraphRunStreamEvent['event']>().toEqualTypeOf<'run' | 'revision'>();
  expectTypeOf<Extract<GraphRunStreamEvent, { event: 'revision' }>['data']>().toEqualTypeOf<{ revision: number }>();
});
