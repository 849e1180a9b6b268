import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { sameJsonValue } from './json-equal.js';

describe('sameJsonValue', () => {
  it('agrees with canonical JSON on equal values, key order ignored', () => {
    const a = { b: [1, 'two', { c: null, d: true }], e: { f: -1.5 } };
    const b = { e: { f: -1.5 }, b: [1, 'two', { d: true, c: null }] };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(sameJsonValue(a, b)).toBe(true);
  });

  it.each([
    ['a missing key', { a: 1, b: 2 }, { a: 1 }],
    ['an extra key', { a: 1 }, { a: 1, b: undefined }],
    ['a nested change', { a: { b: [1, 2] } }, { a: { b: [1, 3] } }],
    ['an array against an object', { a: [] }, { a: {} }],
    ['a longer array', [1, 2], [1, 2, 3]],
    ['null against an object', { a: null }, { a: {} }],
    ['a number against its string', { a: 1 }, { a: '1' }],
  ])('tells %s apart', (_name, left, right) => {
    expect(sameJsonValue(left, right)).toBe(false);
    expect(sameJsonValue(right, left)).toBe(false);
  });
});
