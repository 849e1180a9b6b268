/**
 * Why a picked file is not the text an import reads, in the creator's words — or null.
 * Writers keep their scripts as PDFs and Final Draft files too; sent as they are, the
 * server could only answer about NUL characters or a scene-less script.
 */
export const whyNotText = (fileName: string, text: string): string | null => {
  if (text.startsWith('%PDF')) return `${fileName} is a PDF. Import the screenplay as Fountain text (.fountain): screenwriting apps export it.`;
  const head = text.slice(0, 4000);
  if (/<FinalDraft[\s>]/.test(head)) return `${fileName} is a Final Draft file. Save the screenplay as Fountain (.fountain) and import that.`;
  // A NUL, or bytes that are not UTF-8 (decoded as U+FFFD): an image, a Word file, a zip.
  const unreadable = (head.match(/\uFFFD/g) ?? []).length;
  if (head.includes('\u0000') || unreadable > Math.max(2, head.length / 100)) {
    return `${fileName} is not a text file. Import a Fountain screenplay (.fountain, plain text) or a GraphJSON export (.json).`;
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
