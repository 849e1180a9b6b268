import { describe, expect, it } from 'vitest';
import { nameFromFile } from './import-name.js';

describe('naming an imported graph after its file', () => {
  it('drops the extensions and separators an export adds', () => {
    expect(nameFromFile('the-letter-act-ii.pcanvas.json')).toBe('the letter act ii');
    expect(nameFromFile('Pilot_v2.JSON')).toBe('Pilot v2');
  });

  it('falls back to a generic name', () => {
    expect(nameFromFile('.json')).toBe('Imported graph');
  });
});
