import { describe, expect, it } from 'vitest';
import { expectedRevisionFromIfMatch, formatEtag, isNotModified } from './etag.js';

describe('graph ETags', () => {
  it('quote the revision', () => {
    expect(formatEtag(7)).toBe('"7"');
  });

  it('turn If-Match into the revision a write requires', () => {
    expect(expectedRevisionFromIfMatch('"7"')).toBe(7);
    expect(expectedRevisionFromIfMatch(' * ')).toBeUndefined();
  });

  it('make an If-Match that names no revision unmatchable', () => {
    for (const header of ['W/"7"', '7', '"abc"', '"7", "8"', '"0"', '']) expect(expectedRevisionFromIfMatch(header)).toBe(0);
  });

  it('compare If-None-Match weakly, in lists and with *', () => {
    expect(isNotModified('"7"', 7)).toBe(true);
    expect(isNotModified('"6", W/"7"', 7)).toBe(true);
    expect(isNotModified('*', 7)).toBe(true);
    expect(isNotModified('"6"', 7)).toBe(false);
    expect(isNotModified(undefined, 7)).toBe(false);
  });
});
