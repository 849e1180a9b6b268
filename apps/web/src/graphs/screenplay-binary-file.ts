import { looksLikePdf } from '@pc/pdf-screenplay/detect';
import { importName, type BinaryScreenplayFormat } from './import-name.js';

/**
 * Screenplay files that are not Fountain or Final Draft text — PDF, Fade In (`.fadein`, `.osf`),
 * Highland (`.highland`), Word (`.docx`) — in the browser. The first load carries only a look
 * at the first bytes; the readers (pdf.js, the zip and XML readers) load on the first such file
 * (chunks of this app, pdf.js's worker a file the app serves: nothing comes from a CDN, so it
 * works offline). Import file sends the file's bytes as base64; the screenplay form and the
 * re-import convert it here, as the server would, so the writer sees the Fountain it reads.
 */

const HEAD_BYTES = 4096;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": .fadein, .highland and .docx are zips
// Open Screenplay Format (Fade In's .osf) is XML whose root is <document>; detect.ts confirms it.
const MAY_BE_OSF = /^\uFEFF?\s*<[\s\S]*<document[\s>]/;

/** The file's format by its content, whatever its name; undefined for a text file (Fountain, Final Draft, JSON) or a zip of another kind. */
export const binaryScreenplayFormatOf = async (file: Blob): Promise<BinaryScreenplayFormat | undefined> => {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  if (looksLikePdf(head)) return 'pdf';
  const zip = ZIP_SIGNATURE.every((byte, index) => head[index] === byte);
  if (!zip && !MAY_BE_OSF.test(new TextDecoder().decode(head))) return undefined;
  const { screenplayFileFormatOf } = await import('@pc/screenplay-files/detect');
  // A zip's directory is at its end: the whole file is read (the reader refuses one over its limit).
  return screenplayFileFormatOf(zip ? new Uint8Array(await file.arrayBuffer()) : head);
};

/** The file's bytes in base64, as `POST /graphs/import` takes a binary screenplay file. */
export const fileBase64 = async (file: Blob): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
};

/**
 * The file as Fountain, converted here as the server converts it, and whether its title page
 * names the graph; throws the reader's error (a scan, a password, a zip bomb, no scene…).
 */
export const binaryScreenplayToFountain = async (file: Blob, format: BinaryScreenplayFormat): Promise<{ fountain: string; titled: boolean }> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (format === 'pdf') {
    const [{ pdfToFountain }, { default: workerSrc }] = await Promise.all([import('@pc/pdf-screenplay'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')]);
    const { fountain, titlePage } = await pdfToFountain(bytes, { workerSrc });
    return { fountain, titled: titlePage.some((field) => field.key === 'Title' && field.value.trim() !== '') };
  }
  const { convertScreenplayFile } = await import('@pc/screenplay-files');
  const { fountain } = convertScreenplayFile(format, bytes);
  return { fountain, titled: importName('', 'fountain', fountain) === undefined };
};
