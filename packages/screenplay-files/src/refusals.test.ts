import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convertScreenplayFile, ScreenplayFileError, screenplayFileFormatOf, ZIP_LIMITS, type ScreenplayFileFormat } from './index.js';

const refusal = (format: ScreenplayFileFormat, source: Uint8Array | string): string => {
  try {
    convertScreenplayFile(format, source);
  } catch (error) {
    if (error instanceof ScreenplayFileError) return error.code;
    throw error;
  }
  throw new Error('not refused');
};

const WORD_XML = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>INT. DOCK - NIGHT</w:t></w:r></w:p></w:body></w:document>';
const word = (xml = WORD_XML) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });

/** Rewrites every central directory entry's declared unpacked size (offset 24 of a `PK\1\2` record). */
const declareSize = (zip: Uint8Array, size: number): Uint8Array => {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at < copy.length - 4; at += 1) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return copy;
};

describe('hostile and wrong files', () => {
  it('reads a small Word file (the control for the refusals below)', () => {
    expect(convertScreenplayFile('docx', word()).fountain).toContain('INT. DOCK - NIGHT');
  });

  it('refuses a zip bomb: an entry unpacking 1000 times larger than packed', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    expect(refusal('docx', bomb)).toBe('zip_refused');
  });

  it('refuses an entry declared larger than the per-entry limit, before unpacking it', () => {
    expect(refusal('docx', declareSize(word(), ZIP_LIMITS.maxEntryBytes + 1))).toBe('zip_refused');
  });

  it('cuts an entry that lies about its size short at the declared size, and the cut XML is refused', () => {
    expect(refusal('docx', declareSize(word(), 40))).toBe('not_xml');
  });

  it('refuses entries outside the archive’s folder and archives with too many entries', () => {
    expect(refusal('docx', zipSync({ '../../etc/word/document.xml': strToU8(WORD_XML) }))).toBe('zip_refused');
    expect(refusal('docx', zipSync({ 'C:/word/document.xml': strToU8(WORD_XML) }))).toBe('zip_refused');
    const many = Object.fromEntries(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, at) => [`media/${at}.txt`, new Uint8Array()]));
    expect(refusal('docx', zipSync({ ...many, 'word/document.xml': strToU8(WORD_XML) }))).toBe('zip_refused');
  });

  it('refuses a file over the size limit, bytes that are not a zip, and a broken zip', () => {
    const huge = new Uint8Array(ZIP_LIMITS.maxFileBytes + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect(refusal('docx', huge)).toBe('too_large');
    expect(refusal('docx', strToU8('INT. DOCK - NIGHT'))).toBe('not_zip');
    expect(refusal('highland', word().slice(0, 60))).toBe('not_zip');
  });

  it('refuses a zip of another kind for each format', () => {
    expect(refusal('fadein', word())).toBe('not_fade_in');
    expect(refusal('highland', word())).toBe('not_highland');
    expect(refusal('docx', zipSync({ 'document.xml': strToU8('<document/>') }))).toBe('not_docx');
    expect(refusal('fadein', '<?xml version="1.0"?><FinalDraft><Content/></FinalDraft>')).toBe('not_fade_in');
    expect(screenplayFileFormatOf(zipSync({ 'mimetype': strToU8('application/epub+zip') }))).toBeUndefined();
  });

  it('refuses a DOCTYPE (entity expansion) in Word and Fade In XML', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><w:document xmlns:w="x"><w:body/></w:document>';
    expect(refusal('docx', word(laughs))).toBe('doctype_refused');
    expect(refusal('fadein', '<!DOCTYPE document [<!ENTITY a "a">]><document><paragraphs/></document>')).toBe('doctype_refused');
  });
});
