import { APPLICATION, convertScreenplayFile, ScreenplayFileError, ZIP_LIMITS, type ScreenplayFileConversion, type ScreenplayFileFormat } from '@pc/screenplay-files';
import { ApiError } from '../errors/api-error.js';
import { base64Chars, decodeBase64Source } from './base64-source.js';

/** Formats whose `source` is a file's bytes as base64 (Fade In's OSF XML may also come as text). */
export const SCREENPLAY_FILE_FORMATS = ['fadein', 'highland', 'docx'] as const satisfies readonly ScreenplayFileFormat[];
export const isScreenplayFileFormat = (format: string): format is ScreenplayFileFormat => (SCREENPLAY_FILE_FORMATS as readonly string[]).includes(format);

/** The longest base64 `source` read: the file limit (5,000,000 bytes) as base64. */
export const MAX_FILE_SOURCE_CHARS = base64Chars(ZIP_LIMITS.maxFileBytes);

const refuse = (code: string, detail: string, message = detail): never => {
  throw new ApiError('validation_failed', { detail, errors: [{ path: 'source', code, message }] });
};

/** A Fade In, Highland or Word file from `source` as Fountain, or a 422 on `source` saying why not. */
export const screenplayFileConversion = (format: ScreenplayFileFormat, source: unknown): { conversion: ScreenplayFileConversion; application: string } => {
  if (typeof source !== 'string') return refuse('invalid_type', `A ${APPLICATION[format]} file is sent as base64 text.`, 'Expected the file as a base64 string.');
  // Fade In's Open Screenplay Format is XML: an `.osf` (or `document.xml`) may come as the text itself.
  const input = format === 'fadein' && /^\uFEFF?\s*</.test(source) ? source : decodeBase64Source(source, { maxBytes: ZIP_LIMITS.maxFileBytes, file: `A ${APPLICATION[format]} file` });
  try {
    return { conversion: convertScreenplayFile(format, input), application: APPLICATION[format] };
  } catch (error) {
    if (!(error instanceof ScreenplayFileError)) throw error;
    return refuse(error.code, `The source is not a ${APPLICATION[format]} file this import reads: ${error.message}`, error.message);
  }
};
