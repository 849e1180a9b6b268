import { defaultNodeData } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { buildIdentityBlock } from '../character/identity-block.js';
import { getShotDuration } from './duration.js';
import { generationSize } from './resolution.js';
import { describeFocalLength } from './vocabulary.js';

describe('generation size', () => {
  it.each([
    ['2.39', 1344, 576], ['1.85', 1344, 704], ['1.78', 1344, 768], ['1.33', 1344, 1024], ['1.00', 1344, 1344], ['0.5625', 768, 1344],
  ] as const)('%s → %i×%i, multiples of 64', (aspect, width, height) => {
    expect(generationSize(aspect)).toEqual({ width, height });
  });
});

describe('camera language', () => {
  it('describes focal lengths by how they render', () => {
    expect([14, 24, 35, 50, 85, 200, 400].map(describeFocalLength)).toEqual([
      'fisheye ultra-wide perspective', 'wide-angle perspective', 'moderate wide-angle perspective', 'natural perspective',
      'short telephoto compression', 'telephoto compression', 'super-telephoto compression',
    ]);
  });
});

describe('shot duration', () => {
  it('is the shot’s own, else read from its action, else two seconds', () => {
    expect(getShotDuration({ durationS: 2.54, action: '' })).toEqual({ seconds: 2.5, source: 'shot' });
    expect(getShotDuration({ durationS: null, action: 'Anna pushes the *plate* away.' })).toEqual({ seconds: 1.5, source: 'derived' });
    expect(getShotDuration({ durationS: null, action: 'Go.' })).toEqual({ seconds: 1, source: 'derived' });
    expect(getShotDuration({ durationS: null, action: '' })).toEqual({ seconds: 2, source: 'derived' });
  });
});

describe('identity block', () => {
  const base = defaultNodeData('character');
  it('keeps a fixed sentence order whatever fields are filled', () => {
    expect(buildIdentityBlock({ ...base, age: '8', gender: 'girl', appearance: { ...base.appearance, hair: 'red pigtails', marks: 'freckles' } })).toBe(
      'An 8-year-old girl. Red pigtails hair. Freckles.',
    );
    expect(buildIdentityBlock({ ...base, appearance: { ...base.appearance, eyes: 'brown eyes', build: 'stocky.' } })).toBe('Stocky build. Brown eyes.');
    expect(buildIdentityBlock(base)).toBe('');
  });
});
