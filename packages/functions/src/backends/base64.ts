/*
 * Base64 without Buffer, so the back-end module also loads in the browser bundle.
 * `String.fromCharCode` works in chunks: spreading a multi-megabyte image at once would
 * overflow the call stack.
 */
const CHUNK = 0x8000;

/** Standard base64 (with padding) of some bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Bytes of standard or URL-safe base64; padding optional. Throws on other characters. */
export function decodeBase64(text: string): Uint8Array {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, '');
  const binary = atob(standard);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** URL-safe base64 without padding: fits in a dotted token. */
export const encodeBase64Url = (bytes: Uint8Array): string =>
  encodeBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
