/** Why a screenplay file is refused; each is a code on `source` in a 422 from the import routes. */
export type ScreenplayFileErrorCode =
  | 'too_large'
  | 'not_zip'
  | 'zip_refused'
  | 'doctype_refused'
  | 'not_xml'
  | 'not_fade_in'
  | 'not_highland'
  | 'not_docx';

/** Thrown by the converters: the file is refused before or while it is read. */
export class ScreenplayFileError extends Error {
  override readonly name = 'ScreenplayFileError';

  constructor(
    readonly code: ScreenplayFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}
