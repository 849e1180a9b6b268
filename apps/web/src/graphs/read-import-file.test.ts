import { describe, expect, it } from 'vitest';
import { readImportFile, whyNotText } from './read-import-file.js';

describe('telling a picked file that is not a script or a graph', () => {
  it('names a PDF and a binary file', () => {
    expect(whyNotText('pilot.pdf', '%PDF-1.7\n%âãÏÓ')).toMatch(/^pilot\.pdf is a PDF: import it as a screenplay/);
    expect(whyNotText('photo.fountain', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toMatch(/is not a text file/);
    expect(whyNotText('notes.doc', `\uFFFD\uFFFD\uFFFDWord\uFFFD${'x'.repeat(20)}`)).toMatch(/is not a text file/);
  });

  it('lets scripts (Fountain and Final Draft) and GraphJSON through, accents, curly quotes and a stray bad byte included', () => {
    expect(whyNotText('pilot.fountain', 'Title: Café\n\nINT. KITCHEN – NIGHT\n\nZOË\n“Who’s there?”')).toBeNull();
    expect(whyNotText('graph.json', '{"schemaVersion": 1, "nodes": [], "edges": []}')).toBeNull();
    // Final Draft files import (format "fdx"), so they are not turned away.
    expect(whyNotText('pilot.fdx', '<?xml version="1.0" encoding="UTF-8"?>\n<FinalDraft DocumentType="Script" Version="5">')).toBeNull();
    expect(whyNotText('old.fountain', `INT. KITCHEN - NIGHT\n\nOne bad byte \uFFFD in ${'a long script '.repeat(50)}`)).toBeNull();
  });

  it('reads a file, or rejects with the reason', async () => {
    await expect(readImportFile(new File(['INT. A - DAY'], 'a.fountain'))).resolves.toBe('INT. A - DAY');
    await expect(readImportFile(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'a.pdf'))).rejects.toThrow('a.pdf is a PDF:');
  });
});
