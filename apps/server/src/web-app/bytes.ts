/**
 * A file's bytes as a response body, without copying. `readFile` allocates a Buffer over
 * its own (never shared) ArrayBuffer, which is what Hono's body type asks for.
 */
export const bytesOf = (buffer: Buffer): Uint8Array<ArrayBuffer> =>
  new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
