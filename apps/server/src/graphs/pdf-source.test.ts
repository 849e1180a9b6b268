import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { MAX_PDF_BASE64_CHARS, pdfBytes } from './pdf-source.js';

const codeOf = (source: unknown): string | undefined => {
  try {
    pdfBytes(source);
  } catch (error) {
    if (error instanceof ApiError) return error.errors?.[0]?.code;
    throw error;
  }
  return undefined;
};

describe('a PDF source in base64', () => {
  it('decodes base64 with line breaks and a data URL prefix', () => {
    const base64 = Buffer.from('%PDF-1.7 body').toString('base64');
    expect(new TextDecoder().decode(pdfBytes(`data:application/pdf;base64,${base64.slice(0, 8)}\n${base64.slice(8)}`))).toBe('%PDF-1.7 body');
  });

  it('refuses text over the limit before decoding it, and text that is not base64', () => {
    expect(codeOf('A'.repeat(MAX_PDF_BASE64_CHARS + 4))).toBe('too_large');
    expect(codeOf('A'.repeat(MAX_PDF_BASE64_CHARS))).toBeUndefined();
    expect(codeOf('INT. DOCK - NIGHT')).toBe('invalid_base64');
    expect(codeOf('')).toBe('invalid_base64');
    expect(codeOf(42)).toBe('invalid_type');
  });
});
