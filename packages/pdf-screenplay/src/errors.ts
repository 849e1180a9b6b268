/** Why a source is not read as a screenplay PDF. */
export type PdfScreenplayErrorCode = 'too_large' | 'not_pdf' | 'encrypted' | 'unreadable' | 'no_text';

/** Thrown by {@link readPdfPages}: the file is refused before or while it is read. */
export class PdfScreenplayError extends Error {
  override readonly name = 'PdfScreenplayError';

  constructor(
    readonly code: PdfScreenplayErrorCode,
    message: string,
  ) {
    super(message);
  }
}
