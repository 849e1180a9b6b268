import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts object keys, keeps array order and writes no whitespace', () => {
    expect(canonicalJson({ b: [3, 1, 2], a: { d: true, c: null } })).toBe('{"a":{"c":null,"d":true},"b":[3,1,2]}');
  });

  it('sorts keys by UTF-16 code units, not by locale or code point', () => {
    // "\u{1F600}" starts with the surrogate 0xD83D, which sorts before U+FB33.
    expect(canonicalJson({ '\uFB33': 1, '\u{1F600}': 2, a: 3, B: 4, é: 5 })).toBe('{"B":4,"a":3,"é":5,"\u{1F600}":2,"\uFB33":1}');
  });

  it('prints numbers as JSON.stringify does, and -0 as 0', () => {
    expect(canonicalJson([-0, 1e21, 0.1, 1.5e-7, 35])).toBe('[0,1e+21,0.1,1.5e-7,35]');
  });

  it('omits undefined object members', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson('INT. KITCHEN – “NIGHT”\n\t\u0001')).toBe(JSON.stringify('INT. KITCHEN – “NIGHT”\n\t\u0001'));
  });

  it('accepts a value shared by two branches', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a function', { f: () => 1 }],
    ['a bigint', { n: 1n }],
    ['a symbol', [Symbol('s')]],
    ['undefined at the top', undefined],
    ['undefined in an array', [undefined]],
    ['a hole in an array', [1, , 3]], // eslint-disable-line no-sparse-arrays
    ['a Date', { at: new Date(0) }],
    ['a Map', new Map()],
  ])('throws a TypeError on %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('throws a TypeError on a cycle', () => {
    const loop: Record<string, unknown> = {};
    loop['self'] = [loop];
    expect(() => canonicalJson(loop)).toThrow(TypeError);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 1, a: 2 });
    expect(canonicalJson(bare)).toBe('{"a":2,"b":1}');
  });
});
