/*
 * Canonical JSON in the style of RFC 8785 (JCS): the bytes behind every cache key and
 * content hash, so two machines that agree on a value agree on its hash.
 */

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

// Array.prototype.sort without a comparator compares strings by UTF-16 code units, which is
// exactly what RFC 8785 asks for (and faster than a comparator); localeCompare would make
// hashes depend on the machine's locale.
//
// Written for speed (the planner serialises every node's signature): string concatenation,
// and the ancestors as a stack (a few levels deep) rather than a Set.
const write = (value: unknown, ancestors: object[]): string => {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} is not a JSON number`);
      // JSON.stringify prints -0 as "0" and otherwise matches ECMAScript's shortest form.
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.includes(value)) throw new TypeError('canonicalJson: the value contains a cycle');
      if (!Array.isArray(value) && !isPlainObject(value)) {
        throw new TypeError(`canonicalJson: ${value.constructor?.name ?? 'this object'} is not plain JSON data`);
      }
      ancestors.push(value);
      const text = Array.isArray(value) ? writeArray(value, ancestors) : writeObject(value as Record<string, unknown>, ancestors);
      ancestors.pop();
      return text;
    }
    case 'undefined':
    case 'bigint':
    case 'symbol':
    case 'function':
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON data`);
    default:
      throw new TypeError(`canonicalJson: unsupported value of type ${typeof value}`);
  }
};

const writeArray = (items: readonly unknown[], ancestors: object[]): string => {
  let text = '[';
  // A plain loop, not map(): map skips holes, and a hole is an undefined member.
  for (let i = 0; i < items.length; i += 1) text += (i === 0 ? '' : ',') + write(items[i], ancestors);
  return `${text}]`;
};

const writeObject = (object: Record<string, unknown>, ancestors: object[]): string => {
  let text = '{';
  let first = true;
  for (const key of Object.keys(object).sort()) {
    const member = object[key];
    if (member === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${write(member, ancestors)}`;
    first = false;
  }
  return `${text}}`;
};

/**
 * Serialises JSON data canonically: object keys sorted by UTF-16 code units, no
 * whitespace, `-0` as `0`, numbers as `JSON.stringify` prints them, arrays in order,
 * `undefined` object members omitted.
 *
 * @throws {TypeError} on NaN or ±Infinity, functions, bigints, symbols, `undefined` outside
 * an object member, objects that are not plain (Date, Map, class instances) and cycles.
 * A value shared by two branches is fine; only a value containing itself is a cycle.
 * @example
 * canonicalJson({ b: [1, -0], a: 'é' }) // '{"a":"é","b":[1,0]}'
 * @remarks O(size · log keys).
 */
export const canonicalJson = (value: unknown): string => write(value, []);
