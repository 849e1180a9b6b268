import { ApiError } from '../errors/api-error.js';

// A data URL's prefix (`data:application/pdf;base64,`) is what a browser's FileReader gives: accepted.
const DATA_URL_PREFIX = /^data:[^,]{0,200};base64,/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 characters that {@link maxBytes} bytes take (line breaks are stripped before the count). */
export const base64Chars = (maxBytes: number): number => Math.ceil(maxBytes / 3) * 4;

const refuse = (code: string, detail: string, message: string): never => {
  throw new ApiError('validation_failed', { detail, errors: [{ path: 'source', code, message }] });
};

/**
 * A file's bytes from a `source` sent as base64 — whitespace and a data URL prefix allowed — or a
 * 422 on `source`: `too_large` before anything is decoded, `invalid_base64` for anything else,
 * since Node's own decoder silently skips what it cannot read. One reader for every binary format
 * (PDF, Fade In, Highland, Word), so a script meets the same codes whichever file it sends.
 */
export const decodeBase64Source = (source: string, { maxBytes, file }: { maxBytes: number; file: string }): Uint8Array => {
  const base64 = source.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  const maxChars = base64Chars(maxBytes);
  if (base64.length > maxChars) {
    refuse('too_large', `${file} is over ${maxBytes.toLocaleString('en')} bytes (${maxChars.toLocaleString('en')} base64 characters).`, `Over ${maxBytes.toLocaleString('en')} bytes.`);
  }
  if (base64 === '' || base64.length % 4 !== 0 || !BASE64.test(base64)) {
    refuse('invalid_base64', `${file} is sent in \`source\` as its bytes in base64.`, 'Not base64 (A–Z, a–z, 0–9, +, / and = padding): send the file’s bytes base64-encoded.');
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
};
