/**
 * A complete WebSocket binary frame as a server sends it (RFC 6455 §5.2: FIN, opcode 2,
 * unmasked, the payload length in 7, 16 or 64 bits). A server's frames carry no mask,
 * so the bytes are the same for every receiver: a broadcast is framed once and the same
 * Buffer written to every peer's socket, where `ws.send` would build a header, an options
 * object and a two-chunk `writev` per peer (the largest cost of the fan-out after the
 * system call itself: docs/benchmarks.md, "Collaboration: session 5").
 */
export type WireFrame = Buffer & { readonly __wireFrame: unique symbol };

const FIN_BINARY = 0x82;

/** Frames `payload` (one copy, into the frame's own buffer). */
export function wireFrame(payload: Uint8Array): WireFrame {
  const length = payload.byteLength;
  const header = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = FIN_BINARY;
  if (header === 2) {
    frame[1] = length;
  } else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, header);
  return frame as WireFrame;
}

