import { describe, expect, it } from 'vitest';
import { checkFieldValue, fieldPatch } from './validate-field.js';

describe('checking one field against the node type’s schema', () => {
  it('accepts a valid value and returns it', () => {
    expect(checkFieldValue('shot', ['lensMm'], 50, {})).toEqual({ ok: true, value: 50 });
    expect(checkFieldValue('shot', ['durationS'], null, {})).toEqual({ ok: true, value: null });
  });

  it('explains out-of-range numbers in plain words', () => {
    expect(checkFieldValue('shot', ['lensMm'], 2, {})).toEqual({ ok: false, message: 'Must be 4 or more' });
    expect(checkFieldValue('shot', ['lensMm'], 5000, {})).toEqual({ ok: false, message: 'Must be 1,200 or less' });
    expect(checkFieldValue('character', ['seed'], 1.5, {})).toEqual({ ok: false, message: 'Must be a whole number' });
  });

  it('keeps the catalogue’s own message for patterns', () => {
    const check = checkFieldValue('scene', ['sceneNumber'], '12!', {});
    expect(check).toEqual({ ok: false, message: expect.stringContaining('such as 12, 12A, A12, 110A.1 or I-1-A') });
    expect(checkFieldValue('shot', ['shotNumber'], '12-A', {}).ok).toBe(false);
    // A revised shooting script's numbers are numbers.
    expect(checkFieldValue('scene', ['sceneNumber'], '110A.1', {}).ok).toBe(true);
    expect(checkFieldValue('shot', ['shotNumber'], 'A12B', {}).ok).toBe(true);
  });

  it('limits text length', () => {
    expect(checkFieldValue('character', ['name'], 'A'.repeat(201), {})).toEqual({ ok: false, message: 'Use at most 200 characters' });
  });

  it('refuses a value outside an enum', () => {
    expect(checkFieldValue('shot', ['shotSize'], 'HUGE', {})).toEqual({ ok: false, message: 'Pick one of the listed values' });
  });

  it('checks a field inside a group and reports only that field', () => {
    const data = { appearance: { hair: 'auburn' } };
    expect(checkFieldValue('character', ['appearance', 'eyes'], 'grey', data)).toEqual({ ok: true, value: 'grey' });
    expect(checkFieldValue('character', ['appearance', 'eyes'], 'x'.repeat(201), data)).toEqual({ ok: false, message: 'Use at most 200 characters' });
  });

  it('refuses unknown fields and types', () => {
    expect(checkFieldValue('shot', ['nope'], 1, {}).ok).toBe(false);
    expect(checkFieldValue('matte_painting', ['name'], 'x', {}).ok).toBe(false);
  });

  it('writes a group field as its whole object, keeping its siblings', () => {
    expect(fieldPatch(['appearance', 'eyes'], 'grey', { appearance: { hair: 'auburn' } })).toEqual({ appearance: { hair: 'auburn', eyes: 'grey' } });
    expect(fieldPatch(['name'], 'ANNA', {})).toEqual({ name: 'ANNA' });
  });
});
