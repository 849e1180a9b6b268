/** A binary min-heap ordered by `isBefore`; O(log n) push and pop. */
export interface MinHeap<T> {
  push(value: T): void;
  pop(): T | undefined;
  readonly size: number;
}

export const createMinHeap = <T>(isBefore: (a: T, b: T) => boolean): MinHeap<T> => {
  const items: T[] = [];
  return {
    get size() {
      return items.length;
    },
    push(value) {
      let i = items.push(value) - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!isBefore(value, items[parent] as T)) break;
        items[i] = items[parent] as T;
        i = parent;
      }
      items[i] = value;
    },
    pop() {
      if (items.length === 0) return undefined;
      const top = items[0] as T;
      const last = items.pop() as T;
      if (items.length === 0) return top;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && isBefore(items[right] as T, items[left] as T) ? right : left;
        if (!isBefore(items[child] as T, last)) break;
        items[i] = items[child] as T;
        i = child;
      }
      items[i] = last;
      return top;
    },
  };
};
