import { describe, expect, it } from 'vitest';
import { normalizeNodeData } from './normalize.js';

describe('normalizeNodeData', () => {
  it('fills in the catalogue defaults around the given fields', () => {
    const result = normalizeNodeData('shot', { lensMm: 50 });
    expect(result).toMatchObject({ ok: true, data: { lensMm: 50, shotSize: 'MS', aspect: '2.39', tags: [] } });
  });

  it('fills nested defaults, such as a character’s appearance', () => {
    const result = normalizeNodeData('character', { name: 'ANNA' });
    expect(result.ok && result.data['appearance']).toMatchObject({ eyes: '', hair: '' });
  });

  it('returns zod issues for invalid data', () => {
    const result = normalizeNodeData('scene', { sceneNumber: 'twelve', weather: 'rain' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.code).sort()).toEqual(['invalid_format', 'unrecognized_keys']);
  });

  it('returns one custom issue for a type the catalogue does not know', () => {
    expect(normalizeNodeData('matte_painting', {})).toMatchObject({ ok: false, issues: [{ code: 'custom', path: [] }] });
  });
});
