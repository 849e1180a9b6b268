/*
 * A small deterministic PDF 1.4 writer: pages of uncompressed content streams, the two
 * standard Helvetica fonts (not embedded, WinAnsi), and image XObjects. No /Info, no
 * dates, no random /ID: the same pages give the same bytes.
 */

export interface PdfImage {
  width: number;
  height: number;
  /** `/DeviceRGB` samples, zlib-compressed (FlateDecode). */
  rgb: Uint8Array;
  /** Optional alpha as a `/DeviceGray` soft mask, zlib-compressed. */
  alpha?: Uint8Array;
}

export interface PdfPage {
  width: number;
  height: number;
  /** The content stream; fonts are `/F1` (Helvetica) and `/F2` (Helvetica-Bold), images `/Im<n>` by index in `images`. */
  content: string;
  images: PdfImage[];
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

/** Writes the pages as one PDF document. */
export const writePdf = (pages: readonly PdfPage[]): Uint8Array => {
  const objects: Uint8Array[][] = [];
  const add = (...parts: (string | Uint8Array)[]): number => {
    objects.push(parts.map((part) => (typeof part === 'string' ? latin1(part) : part)));
    return objects.length;
  };
  const stream = (dictionary: string, data: Uint8Array): number => add(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, data, '\nendstream');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in once the pages have numbers
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const pageIds = pages.map((page) => {
    const images = page.images.map((image) => {
      const mask = image.alpha ? stream(`/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, image.alpha) : null;
      return stream(
        `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode${mask ? ` /SMask ${mask} 0 R` : ''}`,
        image.rgb,
      );
    });
    const content = stream('', latin1(page.content));
    const xobjects = images.length > 0 ? ` /XObject << ${images.map((id, index) => `/Im${index} ${id} 0 R`).join(' ')} >>` : '';
    return add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >>${xobjects} >> /Contents ${content} 0 R >>`,
    );
  });
  objects[1] = [latin1(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`)];
  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((parts, index) => {
    offsets.push(offset);
    const body = [latin1(`${index + 1} 0 obj\n`), ...parts, latin1('\nendobj\n')];
    for (const part of body) {
      chunks.push(part);
      offset += part.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/** WinAnsi code points beyond Latin-1 that screenplays use (dashes, curly quotes, ellipsis). */
const WIN_ANSI: Record<string, number> = { '—': 0x97, '–': 0x96, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '…': 0x85, '•': 0x95, '€': 0x80 };

/** Text as a PDF literal string in WinAnsi: escaped, unmapped characters as `?`. */
export const pdfString = (text: string): string => {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 63;
    const byte = WIN_ANSI[char] ?? ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) ? code : 63);
    const single = String.fromCharCode(byte);
    out += single === '(' || single === ')' || single === '\\' ? `\\${single}` : single;
  }
  return `(${out})`;
};

/** A rough Helvetica advance (em fraction) good enough to cut text to a column. */
export const textWidth = (text: string, size: number, isBold = false): number => {
  let em = 0;
  for (const char of text) em += /[il.,:;'|!]/.test(char) ? 0.28 : /[mwMW@]/.test(char) ? 0.85 : /[A-Z]/.test(char) ? 0.68 : char === ' ' ? 0.28 : 0.55;
  return em * size * (isBold ? 1.05 : 1);
};

/** `text` cut to `width` points with an ellipsis. */
export const fitText = (text: string, width: number, size: number, isBold = false): string => {
  if (textWidth(text, size, isBold) <= width) return text;
  let cut = text;
  while (cut.length > 0 && textWidth(`${cut}…`, size, isBold) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
};

/** A number as PDF operands want it: at most 2 decimals, no exponent, no `-0`. */
export const num = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/** A line of text at (x, y) from the page's bottom left. */
export const textOp = (text: string, x: number, y: number, size: number, isBold = false, gray = 0): string =>
  `BT /${isBold ? 'F2' : 'F1'} ${num(size)} Tf ${num(gray)} g ${num(x)} ${num(y)} Td ${pdfString(text)} Tj ET\n`;
