import { defaultNodeData, type ShotFields } from '@pc/graph';
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
    expect(getShotDuration({ durationS: 2.54, action: '', shotType: 'single' })).toEqual({ seconds: 2.5, source: 'shot' });
    expect(getShotDuration({ durationS: null, action: 'Anna pushes the *plate* away.', shotType: 'single' })).toEqual({ seconds: 1.5, source: 'derived' });
    expect(getShotDuration({ durationS: null, action: 'Go.', shotType: 'single' })).toEqual({ seconds: 1, source: 'derived' });
    expect(getShotDuration({ durationS: null, action: '', shotType: 'single' })).toEqual({ seconds: 2, source: 'derived' });
  });

  // Starter coverage has no action: its lengths come from what each shot covers of the scene.
  const scene = {
    nodeId: 'sc1',
    fields: {
      ...defaultNodeData('scene'),
      sceneNumber: '1',
      scriptText: [
        'Eileen climbs the last step and looks out over the dark water.', // 12 words: 2.9 s
        '',
        'EILEEN',
        'Ninety-two steps, every night, and not one of them gets shorter.', // 11 words (Ninety-two is one): 4.3 s
        '',
        'TOMÁS (O.S.)',
        'It is only me, Mam.', // 5 words: 2.5 s
        '',
        'EILEEN',
        'Who let you up?', // 4 words: 2.2 s
      ].join('\n'),
    },
  };
  const framed = (name: string, aliases: string[] = []) => ({ nodeId: name, name, fields: { ...defaultNodeData('character'), name, aliases } });
  const coverage = (shotType: ShotFields['shotType'], ...characters: ReturnType<typeof framed>[]) =>
    getShotDuration({ durationS: null, action: '', shotType }, { scene, characters }).seconds;

  it('runs a master for the scene’s estimated screen time, not two seconds', () => {
    // 2.9 + 4.3 + 2.5 + 2.2 s and the scene's 2 s of padding, as sceneBreakdown estimates it.
    expect(coverage('master', framed('EILEEN'), framed('TOMÁS'))).toBe(13.9);
  });

  it('runs a single for the lines of who is in frame, and an OTS pair for the exchange', () => {
    expect(coverage('single', framed('EILEEN'))).toBe(6.5);
    expect(coverage('single', framed('TOM', ['TOMÁS']))).toBe(2.5);
    expect(coverage('OTS', framed('EILEEN'), framed('TOMÁS'))).toBe(9);
  });

  it('leaves what the scene does not time at two seconds: an insert, a silent character, a scene without script', () => {
    expect(coverage('insert')).toBe(2);
    expect(coverage('single', framed('BRÍD'))).toBe(2);
    expect(getShotDuration({ durationS: null, action: '', shotType: 'master' }, { scene: { ...scene, fields: { ...scene.fields, scriptText: '' } }, characters: [] }).seconds).toBe(2);
    // The shot's own action still wins over the scene.
    expect(getShotDuration({ durationS: null, action: 'Go.', shotType: 'master' }, { scene, characters: [] }).seconds).toBe(1);
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
