import type { FinalDraftPlace, MappedFountain } from './to-fountain.js';

/** A warning about the converted Fountain, placed in the Final Draft file instead: its paragraph and scene. */
export type PlacedWarning<W> = Omit<W, 'line'> & { paragraph?: number; scene?: string };

/** The place of the block a 1-based Fountain line belongs to (the last block starting at or before it). */
export const placeOfLine = (places: MappedFountain['places'], line: number): FinalDraftPlace | undefined => {
  let found: FinalDraftPlace | undefined;
  for (const entry of places) {
    if (entry.line > line) break;
    found = entry.place;
  }
  return found;
};

const where = ({ paragraph, type, scene }: FinalDraftPlace, application: string): string => {
  if (type === 'Scene Heading') return `${application} paragraph ${paragraph}, the heading of scene ${scene}`;
  return scene === '' ? `${application} paragraph ${paragraph}, before the first scene` : `${application} paragraph ${paragraph}, in scene ${scene}`;
};

/**
 * Rewrites an import's warnings about the converted Fountain so they point into the `.fdx`
 * the user has: a Fountain line number means nothing in Final Draft, a paragraph and a scene
 * heading do. The line is replaced by `paragraph` and `scene`, and the message says both.
 *
 * @example
 * placeWarnings([{ code: 'heading_without_int_ext', message: 'Scene heading “MONTAGE” has no INT. or EXT.', line: 25 }], places)
 * // [{ code: …, message: 'Scene heading “MONTAGE” has no INT. or EXT. (Final Draft paragraph 14, the heading of scene 6 MONTAGE)', paragraph: 14, scene: '6 MONTAGE' }]
 */
export const placeWarnings = <W extends { message: string; line?: number }>(
  warnings: readonly W[],
  places: MappedFountain['places'],
  // Whose paragraphs `places` counts: a Fade In or Word file converted the same way names its own.
  application = 'Final Draft',
): PlacedWarning<W>[] =>
  warnings.map(({ line, ...warning }) => {
    const place = line === undefined ? undefined : placeOfLine(places, line);
    if (!place) return warning;
    return { ...warning, message: `${warning.message} (${where(place, application)})`, paragraph: place.paragraph, ...(place.scene === '' ? {} : { scene: place.scene }) };
  });
