import { APPLICATION, convertScreenplayFile, ScreenplayFileError, ZIP_LIMITS, type ScreenplayFileConversion, type ScreenplayFileFormat } from '@pc/screenplay-files';
import { ApiError } from '../errors/api-error.js';

/** Formats whose `source` is a file's bytes as base64 (Fade In's OSF XML may also come as text). */
export const SCREENPLAY_FILE_FORMATS = ['fadein', 'highland', 'docx'] as const satisfies readonly ScreenplayFileFormat[];
export const isScreenplayFileFormat = (format: string): format is ScreenplayFileFormat => (SCREENPLAY_FILE_FORMATS as readonly string[]).includes(format);

/** The longest base64 `source` read: the file limit (5,000,000 bytes) as base64, with room for line breaks. */
export const MAX_FILE_SOURCE_CHARS = Math.ceil(ZIP_LIMITS.maxFileBytes / 3) * 4 + 100_000;

const refuse = (code: string, detail: string, message = detail): never => {
  throw new ApiError('validation_failed', { detail, errors: [{ path: 'source', code, message }] });
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Strict base64 (a `data:…;base64,` prefix and line breaks allowed): Node's own decoder skips what it cannot read. */
const decodeBase64 = (source: string): Uint8Array => {
  if (source.length > MAX_FILE_SOURCE_CHARS) refuse('too_large', `The file is over ${ZIP_LIMITS.maxFileBytes} bytes (${source.length} base64 characters); at most ${MAX_FILE_SOURCE_CHARS} are read.`);
  const text = source.replace(/^data:[^,]{0,200};base64,/, '').replace(/\s+/g, '');
  if (text === '' || text.length % 4 !== 0 || !BASE64.test(text)) refuse('not_base64', 'The file must be sent in `source` as base64.', 'Not base64: send the file’s bytes base64-encoded.');
  return new Uint8Array(Buffer.from(text, 'base64'));
};

/** A Fade In, Highland or Word file from `source` as Fountain, or a 422 on `source` saying why not. */
export const screenplayFileConversion = (format: ScreenplayFileFormat, source: unknown): { conversion: ScreenplayFileConversion; application: string } => {
  if (typeof source !== 'string') return refuse('invalid_type', `A ${APPLICATION[format]} file is sent as base64 text.`, 'Expected the file as a base64 string.');
  // Fade In's Open Screenplay Format is XML: an `.osf` (or `document.xml`) may come as the text itself.
  const input = format === 'fadein' && /^\uFEFF?\s*</.test(source) ? source : decodeBase64(source);
  try {
    return { conversion: convertScreenplayFile(format, input), application: APPLICATION[format] };
  } catch (error) {
    if (!(error instanceof ScreenplayFileError)) throw error;
    return refuse(error.code, `The source is not a ${APPLICATION[format]} file this import reads: ${error.message}`, error.message);
  }
};
