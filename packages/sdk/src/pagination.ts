/** One page of a cursor-paginated list, whatever the list's property is called. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every entry of a cursor-paginated list, fetching pages lazily: stop iterating and no
 * further page is requested. `maxPages` bounds a runaway server.
 */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, { maxPages = 10_000 }: { maxPages?: number } = {}): AsyncGenerator<T> {
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { items, nextCursor } = await fetchPage(cursor);
    yield* items;
    if (!nextCursor) return;
    if (nextCursor === cursor) throw new Error('The server returned the same cursor twice.');
    cursor = nextCursor;
  }
  throw new Error(`Stopped after ${maxPages} pages.`);
}

/** Collects an async iterable into an array (at most `limit` entries). */
export async function collect<T>(iterable: AsyncIterable<T>, limit = Number.POSITIVE_INFINITY): Promise<T[]> {
  const entries: T[] = [];
  if (limit <= 0) return entries;
  for await (const entry of iterable) {
    entries.push(entry);
    if (entries.length >= limit) break;
  }
  return entries;
}
