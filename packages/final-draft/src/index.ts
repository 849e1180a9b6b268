import type { TitlePageField } from '@pc/fountain';
import { readFinalDraft } from './read.js';
import { readTitlePageFields } from './title-page.js';
import { writeMappedFountain, type MappedFountain } from './to-fountain.js';

export { looksLikeFinalDraft } from './detect.js';
export { FinalDraftError, type FinalDraftErrorCode } from './errors.js';
export { MAX_FINAL_DRAFT_CHARS } from './xml.js';
export { readFinalDraft } from './read.js';
export { readXml, childElements, isElement, type XmlElement, type XmlNode } from './xml.js';
export { readTitlePageFields } from './title-page.js';
export { writeFountain, writeMappedFountain, type FinalDraftPlace, type MappedFountain } from './to-fountain.js';
export { placeOfLine, placeWarnings, type PlacedWarning } from './place-warnings.js';
export type { FinalDraftScript, FinalDraftBlock, FinalDraftParagraph, FinalDraftDualDialogue, TextRun, TitlePageLine } from './types.js';

/** A Final Draft script as Fountain, and the title page fields read from it. */
export interface FinalDraftConversion {
  fountain: string;
  titlePage: TitlePageField[];
  /** Where each block of `fountain` came from: pass to {@link placeWarnings} to point an import's warnings into the `.fdx`. */
  places: MappedFountain['places'];
  /** The Fountain lines of `Shot` paragraphs (see {@link MappedFountain}): pass to the import as `shotLines`. */
  shotLines: number[];
}

/**
 * Reads a Final Draft `.fdx` file and writes it as a Fountain screenplay, which the
 * screenplay import reads as it reads any other: scene numbers, dual dialogue, acts and the
 * title page come through, and `places` maps the Fountain's lines back to paragraphs and scenes.
 *
 * @throws FinalDraftError for a source that is not a Final Draft file (see {@link readFinalDraft}).
 * @example
 * finalDraftToFountain(xml).fountain // 'Title: THE FERRYMAN\n\nINT. DOCK - NIGHT #1#\n\n…'
 */
export const finalDraftToFountain = (source: string): FinalDraftConversion => {
  const script = readFinalDraft(source);
  const titlePage = readTitlePageFields(script.titlePage);
  return { ...writeMappedFountain(script, titlePage), titlePage };
};
