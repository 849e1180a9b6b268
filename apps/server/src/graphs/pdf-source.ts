import { MAX_PDF_BYTES } from '@pc/pdf-screenplay';
import { ApiError } from '../errors/api-error.js';

/** Base64 of {@link MAX_PDF_BYTES}: longer text is refused before it is decoded. */
export const MAX_PDF_BASE64_CHARS = Math.ceil(MAX_PDF_BYTES / 3) * 4;

// A data URL's prefix (`data:application/pdf;base64,`) is what a browser's FileReader gives: accepted.
const DATA_URL_PREFIX = /^data:[\w.+-]+\/[\w.+-]+;base64,/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const refuse = (code: string, message: string): ApiError =>
  new ApiError('validation_failed', { detail: `A PDF source is the file's bytes in base64: ${message}`, errors: [{ path: 'source', code, message }] });

/** The PDF's bytes from `source` (base64, whitespace and a data URL prefix allowed), or a 422 on `source`. */
export const pdfBytes = (source: unknown): Uint8Array => {
  if (typeof source !== 'string') throw refuse('invalid_type', 'Expected the PDF file as a base64 string.');
  const base64 = source.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  if (base64.length > MAX_PDF_BASE64_CHARS) throw refuse('too_large', `The PDF is over ${MAX_PDF_BYTES.toLocaleString('en')} bytes (${MAX_PDF_BASE64_CHARS.toLocaleString('en')} base64 characters).`);
  if (base64 === '' || base64.length % 4 !== 0 || !BASE64.test(base64)) throw refuse('invalid_base64', 'The source is not base64 (A–Z, a–z, 0–9, +, / and = padding).');
  return new Uint8Array(Buffer.from(base64, 'base64'));
};
