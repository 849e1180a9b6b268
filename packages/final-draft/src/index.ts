import type { TitlePageField } from '@pc/fountain';
import { readFinalDraft } from './read.js';
import { readTitlePageFields } from './title-page.js';
import { writeFountain } from './to-fountain.js';

export { looksLikeFinalDraft } from './detect.js';
export { FinalDraftError, type FinalDraftErrorCode } from './errors.js';
export { MAX_FINAL_DRAFT_CHARS } from './xml.js';
export { readFinalDraft } from './read.js';
export { readTitlePageFields } from './title-page.js';
export { writeFountain } from './to-fountain.js';
export type { FinalDraftScript, FinalDraftBlock, FinalDraftParagraph, FinalDraftDualDialogue, TextRun, TitlePageLine } from './types.js';

/** A Final Draft script as Fountain, and the title page fields read from it. */
export interface FinalDraftConversion {
  fountain: string;
  titlePage: TitlePageField[];
}

/**
 * Reads a Final Draft `.fdx` file and writes it as a Fountain screenplay, which the
 * screenplay import reads as it reads any other: scene numbers, dual dialogue, acts and the
 * title page come through.
 *
 * @throws FinalDraftError for a source that is not a Final Draft file (see {@link readFinalDraft}).
 * @example
 * finalDraftToFountain(xml).fountain // 'Title: THE FERRYMAN\n\nINT. DOCK - NIGHT #1#\n\n…'
 */
export const finalDraftToFountain = (source: string): FinalDraftConversion => {
  const script = readFinalDraft(source);
  const titlePage = readTitlePageFields(script.titlePage);
  return { fountain: writeFountain(script, titlePage), titlePage };
};
