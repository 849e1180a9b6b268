import { looksLikePdf } from '@pc/pdf-screenplay/detect';

/**
 * Screenplay PDFs in the browser. The first load carries only the `%PDF-` check; pdf.js and
 * the reader load on the first PDF (a chunk of this app, its worker a file the app serves:
 * nothing comes from a CDN, so it works offline).
 */

/** True when the file is a PDF by its first bytes, whatever its name. */
export const isPdfFile = async (file: Blob): Promise<boolean> => looksLikePdf(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));

/** The file's bytes in base64, as `POST /graphs/import` takes a PDF. */
export const pdfBase64 = async (file: Blob): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
};

/** A screenplay PDF as Fountain, converted here as the server converts it; throws the reader's error (a scan, a password…). */
export const pdfFileToFountain = async (file: Blob): Promise<{ fountain: string; title: string | undefined }> => {
  const [{ pdfToFountain }, { default: workerSrc }] = await Promise.all([import('@pc/pdf-screenplay'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')]);
  const { fountain, titlePage } = await pdfToFountain(new Uint8Array(await file.arrayBuffer()), { workerSrc });
  return { fountain, title: titlePage.find((field) => field.key === 'Title')?.value.replace(/\s+/g, ' ').trim() };
};
