import { deflateSync, inflateSync } from 'node:zlib';
import type { PdfImage } from './pdf-writer.js';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * A PNG take → a PDF image: 8-bit, non-interlaced grey, RGB, grey+alpha or RGBA (what
 * renderers and image back ends write); alpha becomes a soft mask. Anything else
 * (palette, 16-bit, interlaced) gives null and the caller draws the SVG frame instead.
 * zlib at a fixed level, so the bytes are stable.
 */
export const pngToPdfImage = (png: Uint8Array): PdfImage | null => {
  if (png.length < 33 || SIGNATURE.some((byte, index) => png[index] !== byte)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let header: { width: number; height: number; depth: number; colorType: number; interlace: number } | null = null;
  const data: Uint8Array[] = [];
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: view.getUint32(offset + 8), height: view.getUint32(offset + 12), depth: body[8] ?? 0, colorType: body[9] ?? 0, interlace: body[12] ?? 0 };
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = header ? ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[header.colorType] : undefined;
  if (!header || !channels || header.depth !== 8 || header.interlace !== 0) return null;
  const { width, height } = header;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) return null;
  const pixels = new Uint8Array(stride * height);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)];
    const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const out = row * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (pixels[out + i - channels] as number) : 0;
      const up = row > 0 ? (pixels[out - stride + i] as number) : 0;
      const upLeft = row > 0 && i >= channels ? (pixels[out - stride + i - channels] as number) : 0;
      const predictor = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
      pixels[out + i] = ((line[i] as number) + predictor) & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  const alpha = channels === 2 || channels === 4 ? new Uint8Array(width * height) : null;
  for (let p = 0; p < width * height; p++) {
    const at = p * channels;
    const colour = channels >= 3 ? [pixels[at], pixels[at + 1], pixels[at + 2]] : [pixels[at], pixels[at], pixels[at]];
    rgb.set(colour as number[], p * 3);
    if (alpha) alpha[p] = pixels[at + channels - 1] as number;
  }
  return { width, height, rgb: deflateSync(rgb, { level: 6 }), ...(alpha ? { alpha: deflateSync(alpha, { level: 6 }) } : {}) };
};
