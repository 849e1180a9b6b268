import { analyzeScreenplay } from '@pc/screenplay';

/**
 * Why a text cannot become a graph of scenes, in the creator's words — or null. A text
 * without a scene heading (notes, a synopsis, the wrong file) would make an empty graph
 * that only says so afterwards; the re-import refuses the same text.
 */
export const whyNotScreenplay = (source: string, what = 'This text'): string | null =>
  analyzeScreenplay(source).scenes.length === 0
    ? `${what} has no scene headings (INT. / EXT.), so it would give a graph without scenes. Import the screenplay itself: Fountain, or the text of its PDF.`
    : null;
