import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ScreenplayFileError } from './errors.js';

/**
 * Limits on a zipped screenplay (Fade In, Highland, Word). A 300-page script is well under
 * 1 MB zipped and 10 MB unzipped; beyond these a file is refused, never truncated.
 */
export const ZIP_LIMITS = {
  /** The file as uploaded. */
  maxFileBytes: 5_000_000,
  /** Entries in its directory (a Word file has 10–40, a Fade In file a handful). */
  maxEntries: 2_000,
  /** One entry read, as its directory declares it unpacked. */
  maxEntryBytes: 20_000_000,
  /** All entries read, together. */
  maxTotalBytes: 40_000_000,
  /** Unpacked : packed, past which an entry over 1 MB is a zip bomb (XML packs about 10:1). */
  maxRatio: 200,
} as const;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** True when the bytes start as a zip file does (`PK\3\4`): cheap enough to call before loading a reader. */
export const isZip = (bytes: Uint8Array): boolean => ZIP_MAGIC.every((byte, at) => bytes[at] === byte);

// A name no archive a writing app makes has: absolute, a drive, a parent step, a backslash.
const unsafeName = (name: string): boolean => /^[/\\]|^[a-zA-Z]:|\\|(?:^|\/)\.\.(?:\/|$)|\0/.test(name);

const checkFile = (bytes: Uint8Array): void => {
  if (bytes.length > ZIP_LIMITS.maxFileBytes) throw new ScreenplayFileError('too_large', `The file has ${bytes.length} bytes; at most ${ZIP_LIMITS.maxFileBytes} are read.`);
  if (!isZip(bytes)) throw new ScreenplayFileError('not_zip', 'The file is not a zip archive.');
};

/** Walks the directory without unpacking anything, refusing what no writing app makes; `keep` says which entries to unpack. */
const unzip = (bytes: Uint8Array, keep: (name: string) => boolean): Record<string, Uint8Array> => {
  checkFile(bytes);
  let entries = 0;
  let total = 0;
  const filter = ({ name, size, originalSize }: UnzipFileInfo): boolean => {
    entries += 1;
    if (entries > ZIP_LIMITS.maxEntries) throw new ScreenplayFileError('zip_refused', `The archive has more than ${ZIP_LIMITS.maxEntries} entries.`);
    if (unsafeName(name)) throw new ScreenplayFileError('zip_refused', `The archive has an entry named “${name.slice(0, 200)}”, outside its own folder.`);
    if (!keep(name)) return false;
    if (originalSize > ZIP_LIMITS.maxEntryBytes) throw new ScreenplayFileError('zip_refused', `“${name}” unpacks to ${originalSize} bytes; at most ${ZIP_LIMITS.maxEntryBytes} are read.`);
    if (originalSize > 1_000_000 && originalSize > size * ZIP_LIMITS.maxRatio) throw new ScreenplayFileError('zip_refused', `“${name}” unpacks ${Math.round(originalSize / Math.max(size, 1))} times larger than it is packed: a zip bomb, not a screenplay.`);
    total += originalSize;
    if (total > ZIP_LIMITS.maxTotalBytes) throw new ScreenplayFileError('zip_refused', `The entries read unpack to more than ${ZIP_LIMITS.maxTotalBytes} bytes.`);
    return true;
  };
  try {
    // fflate unpacks into a buffer of the declared size: an entry lying about it is cut there, never grows memory.
    return unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof ScreenplayFileError) throw error;
    throw new ScreenplayFileError('not_zip', `The zip archive cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** The entry names of a zip archive, read from its directory (nothing unpacked); refused as {@link readZipEntries} refuses. */
export const listZipEntries = (bytes: Uint8Array): string[] => {
  const names: string[] = [];
  unzip(bytes, (name) => {
    names.push(name);
    return false;
  });
  return names;
};

/** The entries `keep` picks, unpacked, within {@link ZIP_LIMITS}. */
export const readZipEntries = (bytes: Uint8Array, keep: (name: string) => boolean): Map<string, Uint8Array> => new Map(Object.entries(unzip(bytes, keep)));

const decoder = new TextDecoder('utf-8');
/** An entry as text (UTF-8, a BOM dropped). */
export const entryText = (bytes: Uint8Array): string => decoder.decode(bytes).replace(/^\uFEFF/, '');
