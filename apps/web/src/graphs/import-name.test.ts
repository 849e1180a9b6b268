import { describe, expect, it } from 'vitest';
import { importFormatOf, importName, nameFromFile } from './import-name.js';

describe('naming an imported graph after its file', () => {
  it('drops the extensions and separators an export adds', () => {
    expect(nameFromFile('the-letter-act-ii.pcanvas.json')).toBe('the letter act ii');
    expect(nameFromFile('Pilot_v2.JSON')).toBe('Pilot v2');
    expect(nameFromFile('episode-1-harbour.project.json')).toBe('episode 1 harbour');
  });

  it('falls back to a generic name', () => {
    expect(nameFromFile('.json')).toBe('Imported graph');
  });
});

describe('importing a screenplay file', () => {
  it('reads .json as GraphJSON and everything else as Fountain', () => {
    expect(importFormatOf('pilot.pcanvas.json')).toBe('json');
    expect(importFormatOf('Pilot.fountain')).toBe('fountain');
    expect(importFormatOf('pilot.spmd')).toBe('fountain');
    expect(importFormatOf('pilot.txt')).toBe('fountain');
  });

  it('leaves the name to the title page when there is one', () => {
    expect(importName('pilot_v2.fountain', 'fountain', '\uFEFFTitle: The Harbour\n\nINT. A - DAY')).toBeUndefined();
    expect(importName('pilot_v2.fountain', 'fountain', 'INT. A - DAY')).toBe('pilot v2');
    expect(importName('pilot.json', 'json', '{"title": 1}')).toBe('pilot');
    expect(importName('pilot.project.json', 'json', '{"format":"pcanvas-project","graph":{}}')).toBeUndefined();
  });
});
