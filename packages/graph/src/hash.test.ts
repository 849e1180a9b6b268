import { describe, expect, it } from 'vitest';
import { defaultNodeData } from './catalogue/index.js';
import { nodeContentHash, sha256Hex } from './hash.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the UTF-8 bytes of the text', () => {
    expect(sha256Hex('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});

describe('nodeContentHash', () => {
  it('treats missing fields and explicit defaults as the same content', () => {
    const explicit = { ...defaultNodeData('shot'), shotNumber: '12A' };
    expect(nodeContentHash({ type: 'shot', data: { shotNumber: '12A' } })).toBe(nodeContentHash({ type: 'shot', data: explicit }));
  });

  it('does not depend on the order of keys', () => {
    expect(nodeContentHash({ type: 'scene', data: { sceneNumber: '12', intExt: 'EXT' } })).toBe(
      nodeContentHash({ type: 'scene', data: { intExt: 'EXT', sceneNumber: '12' } }),
    );
  });

  it('changes when a field changes, and when the type changes', () => {
    const base = nodeContentHash({ type: 'shot', data: { lensMm: 35 } });
    expect(nodeContentHash({ type: 'shot', data: { lensMm: 50 } })).not.toBe(base);
    expect(nodeContentHash({ type: 'scene', data: {} })).not.toBe(nodeContentHash({ type: 'character', data: {} }));
  });

  it('hashes the data as given when the type is unknown or the data invalid', () => {
    expect(nodeContentHash({ type: 'location', data: { a: 1 } })).toMatch(/^[0-9a-f]{64}$/);
    expect(nodeContentHash({ type: 'shot', data: { lensMm: 1 } })).not.toBe(nodeContentHash({ type: 'shot', data: { lensMm: 2 } }));
  });
});
