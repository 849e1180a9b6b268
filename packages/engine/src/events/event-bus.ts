import type { EngineEvent } from './events.js';

/** Receives the events of one channel, in publication order. */
export type EventHandler = (event: EngineEvent) => void;

/** Stops a subscription; idempotent. */
export type Unsubscribe = () => Promise<void>;

/** What a bus has refused or lost, for /metrics. */
export interface EventBusStats {
  /** Messages received that were not JSON or not a known event (another version, a stray publisher). */
  dropped: number;
  /** Handlers that threw; other handlers of the event still got it. */
  handlerErrors: number;
}

/**
 * Live events between the processes of a deployment: workers publish node progress, API
 * servers subscribe per run or batch and relay to WebSocket and SSE clients.
 *
 * Delivery is asynchronous (never inside `publish`), ordered per channel from one
 * publisher, and best-effort: a subscriber that was not subscribed yet, or a server that
 * restarts, misses events, so clients resume from a database snapshot.
 */
export interface EventBus {
  /**
   * Sends an event to every subscriber of `channel` in every process.
   *
   * @throws {z.ZodError} when the event or the channel is malformed: nothing is sent.
   */
  publish(channel: string, event: EngineEvent): Promise<void>;
  /** Calls `handler` for each event on `channel` from now on; resolves once subscribed. */
  subscribe(channel: string, handler: EventHandler): Promise<Unsubscribe>;
  stats(): EventBusStats;
  close(): Promise<void>;
}
