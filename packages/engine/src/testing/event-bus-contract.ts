import { afterEach, describe, expect, it } from 'vitest';
import type { EventBus } from '../events/event-bus.js';
import { runChannel, type EngineEvent, type NodeProgressEvent } from '../events/events.js';
import { sleep, waitFor } from './wait.js';

/** Makes a fresh bus; buses made in one test share a backend (two processes of one deployment). */
export type EventBusFactory = () => EventBus;

const progress = (nodeId: string, value: number, runId = 'run-1'): NodeProgressEvent => ({
  kind: 'node.progress',
  v: 1,
  at: Date.now(),
  runId,
  nodeId,
  progress: value,
});

/**
 * The event bus specification, run against the in-process and the Redis bus.
 *
 * @param createBus - a bus connected to the same backend as the other buses of the test.
 */
export const describeEventBusContract = (name: string, createBus: EventBusFactory): void => {
  describe(`EventBus contract: ${name}`, () => {
    const open: EventBus[] = [];
    const bus = () => {
      const made = createBus();
      open.push(made);
      return made;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((made) => made.close()));
    });

    it("delivers a run's events to its subscribers, in order, and to no other channel", async () => {
      const events = bus();
      const seen: EngineEvent[] = [];
      const elsewhere: EngineEvent[] = [];
      await events.subscribe(runChannel('run-1'), (event) => seen.push(event));
      await events.subscribe(runChannel('run-2'), (event) => elsewhere.push(event));
      const sent = [0.25, 0.5, 0.75, 1].map((value) => progress('frame-1', value));
      for (const event of sent) await events.publish(runChannel('run-1'), event);
      await waitFor(() => seen.length === 4, 'four events');
      expect(seen).toEqual(sent);
      expect(elsewhere).toEqual([]);
    });

    it('never delivers inside publish', async () => {
      const events = bus();
      const seen: EngineEvent[] = [];
      await events.subscribe(runChannel('run-1'), (event) => seen.push(event));
      const publishing = events.publish(runChannel('run-1'), progress('frame-1', 0.5));
      expect(seen).toEqual([]);
      await publishing;
      await waitFor(() => seen.length === 1, 'the event');
    });

    it('stops delivering to a handler once it unsubscribes, and keeps delivering to the others', async () => {
      const events = bus();
      const first: EngineEvent[] = [];
      const second: EngineEvent[] = [];
      const stopFirst = await events.subscribe(runChannel('run-1'), (event) => first.push(event));
      await events.subscribe(runChannel('run-1'), (event) => second.push(event));
      await stopFirst();
      await stopFirst();
      await events.publish(runChannel('run-1'), progress('frame-1', 0.5));
      await waitFor(() => second.length === 1, 'the remaining subscriber');
      await sleep(20);
      expect(first).toEqual([]);
    });

    it('refuses to publish a malformed event or channel', async () => {
      const events = bus();
      await expect(events.publish(runChannel('run-1'), { ...progress('frame-1', 2) })).rejects.toThrow();
      await expect(events.publish(runChannel('run-1'), { kind: 'node.status', v: 1, at: 0, runId: 'run-1' } as unknown as EngineEvent)).rejects.toThrow();
      await expect(events.publish('run 1', progress('frame-1', 0.5))).rejects.toThrow();
      expect(() => runChannel('run:1')).toThrow();
    });

    it('isolates a throwing handler from the other handlers', async () => {
      const events = bus();
      const seen: EngineEvent[] = [];
      await events.subscribe(runChannel('run-1'), () => {
        throw new Error('socket closed');
      });
      await events.subscribe(runChannel('run-1'), (event) => seen.push(event));
      await events.publish(runChannel('run-1'), progress('frame-1', 0.5));
      await waitFor(() => seen.length === 1, 'the healthy handler');
      expect(events.stats().handlerErrors).toBe(1);
    });

    it('hands handlers an event they cannot change for the others', async () => {
      const events = bus();
      const seen: EngineEvent[] = [];
      await events.subscribe(runChannel('run-1'), (event) => {
        (event as { progress: number }).progress = 0;
      });
      await events.subscribe(runChannel('run-1'), (event) => seen.push(event));
      await events.publish(runChannel('run-1'), progress('frame-1', 0.5));
      await waitFor(() => seen.length === 1, 'the event');
      expect(seen[0]).toMatchObject({ progress: 0.5 });
    });
  });
};
