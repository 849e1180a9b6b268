import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binaryScreenplayFormatOf, binaryScreenplayToFountain, fileBase64 } from './screenplay-binary-file.js';

const fixture = (name: string): File => new File([readFileSync(new URL(`../../../../packages/screenplay-files/fixtures/${name}`, import.meta.url))], name);
const expected = (name: string): string => readFileSync(new URL(`../../../../packages/screenplay-files/fixtures/${name}.fountain`, import.meta.url), 'utf8');

describe('a binary screenplay file picked for import', () => {
  it('is told by its bytes, not its name', async () => {
    expect(await binaryScreenplayFormatOf(new File(['%PDF-1.7\n1 0 obj'], 'pilot.fountain'))).toBe('pdf');
    expect(await binaryScreenplayFormatOf(new File(['INT. DOCK - NIGHT'], 'pilot.pdf'))).toBeUndefined();
    const renamed = (name: string, as: string) => new File([fixture(name)], as);
    expect(await binaryScreenplayFormatOf(renamed('night-desk-teleplay.docx', 'script.bin'))).toBe('docx');
    expect(await binaryScreenplayFormatOf(renamed('the-away-end-fade-in.fadein', 'script.zip'))).toBe('fadein');
    expect(await binaryScreenplayFormatOf(renamed('the-away-end-fade-in.osf', 'script.xml'))).toBe('fadein');
    expect(await binaryScreenplayFormatOf(renamed('the-signal-box-highland.highland', 'script.zip'))).toBe('highland');
  });

  it('leaves text screenplays to be read as text, a Final Draft file included', async () => {
    expect(await binaryScreenplayFormatOf(new File(['<?xml version="1.0"?>\n<FinalDraft DocumentType="Script"><Content/></FinalDraft>'], 'a.fdx'))).toBeUndefined();
    expect(await binaryScreenplayFormatOf(new File(['{"format":"pcanvas-graph"}'], 'a.json'))).toBeUndefined();
  });

  it('is converted here to the Fountain the server reads, its title page naming the graph', async () => {
    for (const name of ['night-desk-teleplay.docx', 'the-away-end-fade-in.fadein', 'the-signal-box-highland.highland']) {
      const file = fixture(name);
      const format = await binaryScreenplayFormatOf(file);
      expect(format, name).toBeDefined();
      expect(await binaryScreenplayToFountain(file, format ?? 'pdf'), name).toEqual({ fountain: expected(name), titled: true });
    }
  });

  it('is sent as base64 of all its bytes, past the 32 KB slices it is encoded in', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256);
    expect(await fileBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });
});
