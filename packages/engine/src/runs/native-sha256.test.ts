import { sha256Hex } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { nativeSha256Hex } from './native-sha256.js';

describe('nativeSha256Hex', () => {
  it('gives the pure-JS digest for ASCII, accents, emoji, a lone surrogate and the empty text', () => {
    const texts = ['', 'abc', '{"type":"shot","params":{"lighting":"Dawn, “cold” ☀"}}', 'ÉLISE 🎬', 'lone \ud800 half', 'x'.repeat(10_000)];
    for (const text of texts) expect(nativeSha256Hex(text)).toBe(sha256Hex(text));
    expect(nativeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
