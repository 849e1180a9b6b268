import { describe, expect, it } from 'vitest';
import { stripEmphasis } from './emphasis.js';

describe('stripEmphasis', () => {
  it.each([
    ['*italic* and **bold** and ***both***', 'italic and bold and both'],
    ['_underlined_ **bold _nested_**', 'underlined bold nested'],
    ['\\*literal\\* stars', '*literal* stars'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['an *unclosed marker', 'an *unclosed marker'],
  ])('%s', (input, output) => {
    expect(stripEmphasis(input)).toBe(output);
  });
});
