import type { MappedFountain } from './to-fountain.js';

/** A warning about the converted Fountain, placed in the PDF instead: its page. */
export type PagedWarning<W> = Omit<W, 'line'> & { page?: number };

/** The PDF page of the block a 1-based Fountain line belongs to (the last block starting at or before it). */
export const pageOfLine = (places: MappedFountain['places'], line: number): number | undefined => {
  let found: number | undefined;
  for (const entry of places) {
    if (entry.line > line) break;
    found = entry.page;
  }
  return found;
};

/**
 * Rewrites an import's warnings about the converted Fountain so they point at the page of
 * the PDF the user has: a Fountain line means nothing there, a page does.
 *
 * @example
 * placeWarnings([{ code: 'heading_without_int_ext', message: 'Scene heading “MONTAGE” has no INT. or EXT.', line: 25 }], places)
 * // [{ code: …, message: 'Scene heading “MONTAGE” has no INT. or EXT. (PDF page 3)', page: 3 }]
 */
export const placeWarnings = <W extends { message: string; line?: number }>(warnings: readonly W[], places: MappedFountain['places']): PagedWarning<W>[] =>
  warnings.map(({ line, ...warning }) => {
    const page = line === undefined ? undefined : pageOfLine(places, line);
    return page === undefined ? warning : { ...warning, message: `${warning.message} (PDF page ${page})`, page };
  });
