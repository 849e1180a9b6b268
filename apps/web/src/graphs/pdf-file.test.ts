import { describe, expect, it } from 'vitest';
import { isPdfFile, pdfBase64 } from './pdf-file.js';

describe('a PDF picked for import', () => {
  it('is told by its bytes, not its name', async () => {
    expect(await isPdfFile(new File(['%PDF-1.7\n1 0 obj'], 'pilot.fountain'))).toBe(true);
    expect(await isPdfFile(new File(['INT. DOCK - NIGHT'], 'pilot.pdf'))).toBe(false);
  });

  it('is sent as base64 of all its bytes, past the 32 KB slices it is encoded in', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256);
    expect(await pdfBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });
});
