import { PdfScreenplayError } from './errors.js';
import { looksLikePdf } from './detect.js';
import type { PdfPage, PdfTextItem } from './types.js';

/**
 * A feature prints at ~120 pages of a few KB each, embedded fonts add a few hundred KB: 6 MB
 * is ample, and its base64 (8,000,000 characters) fits the API's default 8 MiB body.
 */
export const MAX_PDF_BYTES = 6_000_000;
/** Pages read at most: a script is under 200; a longer file is a book or a scan of one. */
export const MAX_PDF_PAGES = 400;

export interface ReadPdfOptions {
  /** In a browser: the URL of pdf.js's worker module, served by the app itself (no CDN). Node runs it in-process. */
  workerSrc?: string;
}

interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
}

const isTextItem = (item: object): item is RawTextItem => 'str' in item && 'transform' in item;

/**
 * Reads each page's text with its position (pdf.js, legacy build so Node runs it). No font
 * is loaded or fetched: text positions and widths come from the PDF's own metrics.
 *
 * @throws PdfScreenplayError `too_large`, `not_pdf`, `encrypted` (a password is asked), `unreadable`.
 */
export async function readPdfPages(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  if (bytes.length > MAX_PDF_BYTES) throw new PdfScreenplayError('too_large', `The PDF is ${bytes.length.toLocaleString('en')} bytes; at most ${MAX_PDF_BYTES.toLocaleString('en')} are read.`);
  if (!looksLikePdf(bytes)) throw new PdfScreenplayError('not_pdf', 'The file is not a PDF (it does not start with %PDF-).');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PdfScreenplayError('encrypted', 'The PDF is protected by a password; save it again without one (File › Print › Save as PDF, or the app’s Export) and import that.');
    throw new PdfScreenplayError('unreadable', `The PDF could not be read: ${error instanceof Error ? error.message : 'unknown error'}.`);
  }
  try {
    const pages: PdfPage[] = [];
    const count = Math.min(document.numPages, MAX_PDF_PAGES);
    for (let number = 1; number <= count; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!isTextItem(item) || item.str.trim() === '') continue;
        // The viewport turns PDF space (origin bottom-left, maybe rotated or offset) into top-left points.
        const [x, y] = viewport.convertToViewportPoint(item.transform[4] ?? 0, item.transform[5] ?? 0);
        const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0);
        items.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
