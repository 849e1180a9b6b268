import { binaryScreenplayFormatOf, binaryScreenplayToFountain } from './screenplay-binary-file.js';

/**
 * Why a picked file is not the text an import reads, in the creator's words — or null.
 * A PDF is read by {@link readScreenplayFile} (a screenplay) or sent as one; as text it is
 * binary. A Final Draft file (.fdx) is text: it imports.
 */
export const whyNotText = (fileName: string, text: string): string | null => {
  if (text.startsWith('%PDF')) return `${fileName} is a PDF: import it as a screenplay (Import file, or the screenplay form).`;
  const head = text.slice(0, 4000);
  // A NUL, or bytes that are not UTF-8 (decoded as U+FFFD): an image, a Word file, a zip.
  const unreadable = (head.match(/\uFFFD/g) ?? []).length;
  if (head.includes('\u0000') || unreadable > Math.max(2, head.length / 100)) {
    return `${fileName} is not a text file. Import a screenplay (Fountain .fountain or plain text, Final Draft .fdx) or a GraphJSON export (.json).`;
  }
  return null;
};

/** The file's text, or an Error saying why it cannot be imported. */
export const readImportFile = async (file: File): Promise<string> => {
  const text = await file.text();
  const problem = whyNotText(file.name, text);
  if (problem) throw new Error(problem);
  return text;
};

/** A screenplay file's text: a PDF, Fade In, Highland or Word file (told by its bytes) converted to Fountain here, anything else read as text. */
export const readScreenplayFile = async (file: File): Promise<string> => {
  const format = await binaryScreenplayFormatOf(file);
  return format ? (await binaryScreenplayToFountain(file, format)).fountain : readImportFile(file);
};
