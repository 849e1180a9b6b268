/** A PDF file's header; the spec lets it start within the first 1024 bytes (some producers put junk first). */
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const HEADER_WINDOW = 1024;

/**
 * True when bytes are a PDF by their content (`%PDF-` near the start), whatever the file is
 * called. Nothing is parsed and no PDF library is loaded, so a browser can tell a PDF from
 * a text screenplay before fetching the reader.
 */
export const looksLikePdf = (bytes: Uint8Array): boolean => {
  const end = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
  for (let start = 0; start <= end; start += 1) {
    if (HEADER.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
};
