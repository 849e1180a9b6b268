import { defaultNodeData, isNodeTypeName } from '@pc/graph';

const filled = new WeakMap<object, Record<string, unknown>>();

/**
 * A node's data as people should see it: stored values over the catalogue defaults, so
 * a graph written by a script with only `{ shotNumber: '12A' }` still shows "Single"
 * and "MS" rather than blanks. Display only: the document keeps exactly what was written.
 * Memoised per data object, so it costs nothing on re-render.
 */
export const withDefaults = (type: string, data: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined => {
  if (!data || !isNodeTypeName(type)) return data as Record<string, unknown> | undefined;
  let result = filled.get(data);
  if (!result) {
    const defaults = defaultNodeData(type) as Record<string, unknown>;
    result = { ...defaults, ...data };
    for (const [key, value] of Object.entries(defaults)) {
      // Groups (a Character's appearance) merge one level deep.
      if (isPlainObject(value) && isPlainObject(data[key])) result[key] = { ...value, ...(data[key] as object) };
    }
    filled.set(data, result);
  }
  return result;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
