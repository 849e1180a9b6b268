import { MAX_PDF_BYTES } from '@pc/pdf-screenplay';
import { ApiError } from '../errors/api-error.js';
import { base64Chars, decodeBase64Source } from './base64-source.js';

/** Base64 of {@link MAX_PDF_BYTES}: longer text is refused before it is decoded. */
export const MAX_PDF_BASE64_CHARS = base64Chars(MAX_PDF_BYTES);

/** The PDF's bytes from `source` (base64, whitespace and a data URL prefix allowed), or a 422 on `source`. */
export const pdfBytes = (source: unknown): Uint8Array => {
  if (typeof source !== 'string') {
    const message = 'Expected the PDF file as a base64 string.';
    throw new ApiError('validation_failed', { detail: `A PDF source is the file's bytes in base64: ${message}`, errors: [{ path: 'source', code: 'invalid_type', message }] });
  }
  return decodeBase64Source(source, { maxBytes: MAX_PDF_BYTES, file: 'A PDF' });
};
