import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

// Rebuilds every object with its keys in another order, decided by `seed`.
const reorderKeys = (value: unknown, seed: number): unknown => {
  if (Array.isArray(value)) return value.map((item, index) => reorderKeys(item, seed + index));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const shift = keys.length === 0 ? 0 : seed % keys.length;
  const rotated = [...keys.slice(shift), ...keys.slice(0, shift)];
  if (seed % 2 === 1) rotated.reverse();
  const copy: Record<string, unknown> = {};
  for (const key of rotated) {
    Object.defineProperty(copy, key, { value: reorderKeys((value as Record<string, unknown>)[key], seed + 1), enumerable: true, writable: true, configurable: true });
  }
  return copy;
};

// The first implementation (a Set of ancestors, a comparator, parts joined), kept as the
// oracle: cache keys are hashes of these bytes, so a faster writer must not change one.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const reference = (value: unknown): string => {
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const object = value as Record<string, unknown>;
  const members = Object.keys(object)
    .sort(byCodeUnits)
    .filter((key) => object[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${reference(object[key])}`);
  return `{${members.join(',')}}`;
};

describe('canonicalJson properties', () => {
  it('writes the same bytes as the reference writer, integer-like and non-ASCII keys included', () => {
    const key = fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom('é', '\u{1F600}', '\uFB33', '__proto__', 'constructor'));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.array(tie('value')), fc.dictionary(key, tie('value'))),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 300 },
    );
  });


  it('does not depend on the order in which keys were inserted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, seed) => {
        expect(canonicalJson(reorderKeys(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('parses back to the same JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // JSON.stringify maps -0 to 0 as canonicalJson does; otherwise this is `value`.
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('is idempotent through a parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});
