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

  it('knows Final Draft and GraphJSON by their content, whatever the file is called', () => {
    const fdx = '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">';
    expect(importFormatOf('Pilot.fdx', fdx)).toBe('fdx');
    expect(importFormatOf('pilot (1).txt', fdx)).toBe('fdx');
    expect(importFormatOf('', fdx)).toBe('fdx');
    expect(importFormatOf('graph.txt', '{"schemaVersion":1}')).toBe('json');
    expect(importFormatOf('Pilot.fdx', 'INT. KITCHEN - NIGHT')).toBe('fountain');
    expect(importFormatOf('', '<html><body>INT. KITCHEN</body></html>')).toBe('fountain');
  });

  it('leaves the name of a Final Draft file with a title page to the server', () => {
    const page = '<FinalDraft><Content/><TitlePage><Content><Paragraph Alignment="Center"><Text>THE LONG QUIET</Text></Paragraph></Content></TitlePage></FinalDraft>';
    expect(importName('long_quiet.fdx', 'fdx', page)).toBeUndefined();
    expect(importName('long_quiet.fdx', 'fdx', '<FinalDraft><Content/><TitlePage><Content><Paragraph><Text></Text></Paragraph></Content></TitlePage></FinalDraft>')).toBe('long quiet');
    expect(importName('salt-and-iron.fdx', 'fdx', '<FinalDraft><Content/></FinalDraft>')).toBe('salt and iron');
  });

  it('leaves the name to the title page when there is one', () => {
    expect(importName('pilot_v2.fountain', 'fountain', '\uFEFFTitle: The Harbour\n\nINT. A - DAY')).toBeUndefined();
    expect(importName('pilot_v2.fountain', 'fountain', 'INT. A - DAY')).toBe('pilot v2');
    expect(importName('pilot.json', 'json', '{"title": 1}')).toBe('pilot');
    expect(importName('pilot.project.json', 'json', '{"format":"pcanvas-project","graph":{}}')).toBeUndefined();
  });
});
