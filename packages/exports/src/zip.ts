/*
 * A minimal deterministic ZIP writer (PKWARE APPNOTE 6.3): stored entries (no
 * compression, PNGs are compressed already), a fixed 1980-01-01 00:00 DOS timestamp,
 * no extra fields, entries in the order given. Same files in, same bytes out.
 */

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, ASCII. */
  name: string;
  bytes: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/** DOS date of 1980-01-01 ((year-1980)<<9 | month<<5 | day); time 00:00:00. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Version 2.0, the oldest that knows folders; flag bit 11: names are UTF-8. */
const VERSION = 20;
const UTF8_FLAG = 0x0800;

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  u16(value: number): this {
    return this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }
  u32(value: number): this {
    return this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }
  bytes(chunk: Uint8Array): this {
    this.chunks.push(chunk);
    this.length += chunk.length;
    return this;
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/** Writes the entries as a stored (uncompressed) ZIP archive. */
export const writeZip = (entries: readonly ZipEntry[]): Uint8Array => {
  const body = new ByteWriter();
  const central = new ByteWriter();
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const crc = crc32(entry.bytes);
    const offset = body.length;
    body.u32(0x04034b50).u16(VERSION).u16(UTF8_FLAG).u16(0).u16(DOS_TIME).u16(DOS_DATE);
    body.u32(crc).u32(entry.bytes.length).u32(entry.bytes.length).u16(name.length).u16(0).bytes(name).bytes(entry.bytes);
    central.u32(0x02014b50).u16(VERSION).u16(VERSION).u16(UTF8_FLAG).u16(0).u16(DOS_TIME).u16(DOS_DATE);
    central.u32(crc).u32(entry.bytes.length).u32(entry.bytes.length).u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
  }
  const centralBytes = central.concat();
  const end = new ByteWriter()
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(entries.length)
    .u16(entries.length)
    .u32(centralBytes.length)
    .u32(body.length)
    .u16(0);
  return new ByteWriter().bytes(body.concat()).bytes(centralBytes).bytes(end.concat()).concat();
};
