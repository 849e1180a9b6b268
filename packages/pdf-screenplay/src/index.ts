import type { TitlePageField } from '@pc/fountain';
import { PdfScreenplayError } from './errors.js';
import { readPdfPages, type ReadPdfOptions } from './extract.js';
import { readScript } from './read-script.js';
import { writeFountain, type MappedFountain } from './to-fountain.js';

export { looksLikePdf } from './detect.js';
export { PdfScreenplayError, type PdfScreenplayErrorCode } from './errors.js';
export { MAX_PDF_BYTES, MAX_PDF_PAGES, readPdfPages, type ReadPdfOptions } from './extract.js';
export { readScript, type PdfScript } from './read-script.js';
export { writeFountain, type MappedFountain } from './to-fountain.js';
export { placeWarnings, pageOfLine, type PagedWarning } from './place-warnings.js';
export type { ScriptBlock } from './blocks.js';
export type { PdfPage, PdfTextItem } from './types.js';

/** A screenplay PDF as Fountain, its title page, and the PDF page of each block. */
export interface PdfConversion {
  fountain: string;
  titlePage: TitlePageField[];
  /** Pass to {@link placeWarnings} to point an import's warnings at pages of the PDF. */
  places: MappedFountain['places'];
  pages: number;
}

/**
 * Reads a screenplay PDF (Final Draft, Fade In, WriterDuet, Highland, Word, Google Docs…)
 * and writes it as Fountain, which the screenplay import reads as it reads any other.
 *
 * @throws PdfScreenplayError `too_large`, `not_pdf`, `encrypted`, `unreadable`, or `no_text`
 *   for a PDF without a text layer (a scan).
 */
export const pdfToFountain = async (bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfConversion> => {
  const pages = await readPdfPages(bytes, options);
  if (!pages.some((page) => page.items.length > 0)) {
    throw new PdfScreenplayError('no_text', 'This PDF has no text — a scanned script needs OCR first (run it through an OCR tool, then import the result).');
  }
  const script = readScript(pages);
  return { ...writeFountain(script.titlePage, script.blocks), titlePage: script.titlePage, pages: pages.length };
};
