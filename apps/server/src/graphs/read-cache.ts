import type { GraphReadAccess } from '@pc/db';
import type { JsonEntity } from '../http/conditional.js';

/**
 * A short-lived, in-process cache of what graph reads ask the database for: a member's
 * access to a graph with its current revision (`GET /graphs/{id}`), and serialised pages
 * of the graph list. The trade-off (docs/security.md, "Graph read cache"):
 *
 * - on this process, every graph write, rename, delete and membership change invalidates
 *   the entries it affects before its response is sent;
 * - other processes hear of it through the Redis relay at once; if that message is lost
 *   (Redis down), an entry lives at most `ttlMs`. A relay reconnect clears everything.
 *
 * Invalidation is a logical clock: each change stamps what it touched (a graph, a
 * workspace's graph list, a member's access, a user's memberships) with the next tick, and
 * an entry is valid only while nothing it depends on has a tick later than the one read
 * before its database lookup. So a lookup that was in flight when a change landed can
 * never serve its possibly stale answer, and invalidating is O(1) whatever is cached.
 */
export interface GraphReadCache {
  /** Read before a database lookup and passed to `remember…`: what the answer is as fresh as. */
  stamp(): ReadStamp;
  /** `userId`'s cached access to a graph, unless something it depends on changed. */
  access(graphId: string, userId: string): GraphReadAccess | undefined;
  rememberAccess(userId: string, access: GraphReadAccess, stamp: ReadStamp): void;
  /** A cached page of the graph list (`key`: the user and the page's parameters). */
  list(key: string): CachedList | undefined;
  /** `workspaceIds`: every workspace whose graphs the page covers (the user's, or the one asked for). */
  rememberList(key: string, userId: string, workspaceIds: readonly string[], answer: CachedList, stamp: ReadStamp): void;
  /**
   * True once per cached entry, on a hit when the entry is past `refreshAfterMs` of its life:
   * the caller then looks it up again in the background while serving the cached answer, so
   * a key read all the time is replaced before it expires and its readers never wait on the
   * database at its expiry. Nothing is served past the TTL: a refresh that fails or is slow
   * leaves the entry to expire as before.
   */
  takeAccessRefresh(graphId: string, userId: string): boolean;
  takeListRefresh(key: string): boolean;
  /** A graph was created, written, renamed or deleted (`workspaceId` unknown: every list). */
  graphChanged(graphId: string, workspaceId?: string): void;
  /** `userId` joined, left or changed role in `workspaceId`. */
  membershipChanged(workspaceId: string, userId: string): void;
  /** Everything (the relay may have missed messages). */
  clear(): void;
}

/** A serialised list page and its ETag. */
export type CachedList = JsonEntity;

export const DEFAULT_GRAPH_READ_CACHE_TTL_MS = 5_000;
/** The part of an entry's life after which a hit refreshes it ahead of its expiry. */
const REFRESH_AFTER_PART_OF_TTL = 0.6;

export const graphListKey = (userId: string, page: { workspaceId?: string | undefined; limit: number; cursor?: string | undefined }): string =>
  `${userId}\n${page.workspaceId ?? ''}\n${page.limit}\n${page.cursor ?? ''}`;

/** Whether a hit already started this entry's refresh. */
interface Refreshable {
  refreshTaken: boolean;
}

/**
 * The clock and the time read before a lookup. An entry's age counts from its lookup's
 * start, so a change older than the TTL can be forgotten: every entry from before it is
 * older still, and expired.
 */
export interface ReadStamp {
  readonly tick: number;
  readonly atMs: number;
}

export function createGraphReadCache({
  ttlMs = DEFAULT_GRAPH_READ_CACHE_TTL_MS,
  maxEntries = 10_000,
  now = () => performance.now(),
  refreshAfterMs = ttlMs * REFRESH_AFTER_PART_OF_TTL,
}: { ttlMs?: number; maxEntries?: number; now?: () => number; refreshAfterMs?: number } = {}): GraphReadCache {
  let clock = 0;
  /** Ticks of the last change, by what changed; pruned once older than the TTL (no entry that old is served). */
  const changes = new Map<string, { tick: number; atMs: number }>();
  let everythingChangedAt = 0;
  let everyListChangedAt = 0;
  const accessEntries = new Map<string, ReadStamp & Refreshable & { access: GraphReadAccess }>();
  const listEntries = new Map<string, ReadStamp & Refreshable & { answer: CachedList; depends: string[] }>();
  const takeRefresh = (entry: (ReadStamp & Refreshable) | undefined) => {
    if (!entry || entry.refreshTaken || now() - entry.atMs < refreshAfterMs) return false;
    entry.refreshTaken = true;
    return true;
  };

  const graphKey = (graphId: string) => `g:${graphId}`;
  const memberKey = (workspaceId: string, userId: string) => `m:${workspaceId}:${userId}`;
  const workspaceListKey = (workspaceId: string) => `w:${workspaceId}`;
  const userKey = (userId: string) => `u:${userId}`;

  const changed = (...keys: string[]) => {
    clock += 1;
    const atMs = now();
    for (const key of keys) {
      changes.delete(key);
      changes.set(key, { tick: clock, atMs });
    }
    // Map order is insertion order: the oldest changes come first.
    for (const [key, change] of changes) {
      if (atMs - change.atMs <= ttlMs) break;
      changes.delete(key);
    }
  };
  const fresh = (entry: ReadStamp, depends: readonly string[]) => {
    if (ttlMs <= 0 || now() - entry.atMs >= ttlMs || everythingChangedAt > entry.tick) return false;
    return depends.every((key) => (changes.get(key)?.tick ?? 0) <= entry.tick);
  };
  const store = <Entry>(entries: Map<string, Entry>, key: string, entry: Entry) => {
    if (ttlMs <= 0) return;
    entries.delete(key);
    entries.set(key, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  };
  const accessDepends = (access: GraphReadAccess, userId: string) => [graphKey(access.id), memberKey(access.workspaceId, userId)];

  return {
    stamp: () => ({ tick: clock, atMs: now() }),
    access(graphId, userId) {
      const key = `${graphId}\n${userId}`;
      const entry = accessEntries.get(key);
      if (!entry) return undefined;
      if (fresh(entry, accessDepends(entry.access, userId))) return entry.access;
      accessEntries.delete(key);
      return undefined;
    },
    rememberAccess(userId, access, stamp) {
      store(accessEntries, `${access.id}\n${userId}`, { access, tick: stamp.tick, atMs: stamp.atMs, refreshTaken: false });
    },
    takeAccessRefresh: (graphId, userId) => takeRefresh(accessEntries.get(`${graphId}\n${userId}`)),
    takeListRefresh: (key) => takeRefresh(listEntries.get(key)),
    list(key) {
      const entry = listEntries.get(key);
      if (!entry) return undefined;
      if (everyListChangedAt <= entry.tick && fresh(entry, entry.depends)) return entry.answer;
      listEntries.delete(key);
      return undefined;
    },
    rememberList(key, userId, workspaceIds, answer, stamp) {
      store(listEntries, key, { answer, tick: stamp.tick, atMs: stamp.atMs, refreshTaken: false, depends: [userKey(userId), ...workspaceIds.map(workspaceListKey)] });
    },
    graphChanged(graphId, workspaceId) {
      if (workspaceId === undefined) {
        changed(graphKey(graphId));
        everyListChangedAt = clock;
      } else changed(graphKey(graphId), workspaceListKey(workspaceId));
    },
    membershipChanged(workspaceId, userId) {
      changed(memberKey(workspaceId, userId), userKey(userId));
    },
    clear() {
      clock += 1;
      everythingChangedAt = clock;
      accessEntries.clear();
      listEntries.clear();
    },
  };
}
