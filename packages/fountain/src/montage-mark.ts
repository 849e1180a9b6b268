/** What a montage's opening line says: the kind as the page names it, and its title. */
export interface MontageMark {
  /** `MONTAGE` (time compressed), `SERIES OF SHOTS` (brief events in a row) or `QUICK CUTS`. */
  kind: 'MONTAGE' | 'SERIES OF SHOTS' | 'QUICK CUTS';
  /** After the dash or colon: `THE STALL THROUGH A YEAR`; blank when none. */
  title: string;
}

// A montage's or series of shots' opening line, with or without its title after a dash or colon.
const MONTAGE_MARK =
  /^(?:(?:BEGIN|START(?: OF)?|OPEN ON)\s+)?(?:A\s+)?(?:QUICK\s+)?(MONTAGE|SERIES OF (?:QUICK )?(?:SHOTS|CUTS|IMAGES|FLASHES)|QUICK CUTS|FLASH CUTS)(?:\s+(?:BEGINS|SEQUENCE|OF\b\s*(.*))|\s*[-\u2013\u2014:(]\s*(.*?)\)?)?$/u;

/**
 * The montage a line of capitals opens ("BEGIN MONTAGE", "MONTAGE - PARIS", "SERIES OF SHOTS - THE FLOOD",
 * "QUICK CUTS:"), or null. A montage's line is action in the scene it is in, never a speaker.
 *
 * @example
 * readMontageMark('MONTAGE - THE STALL THROUGH A YEAR') // { kind: 'MONTAGE', title: 'THE STALL THROUGH A YEAR' }
 */
export const readMontageMark = (line: string): MontageMark | null => {
  const match = MONTAGE_MARK.exec(line.trim());
  if (!match) return null;
  const word = match[1]!;
  const kind = word === 'MONTAGE' ? 'MONTAGE' : word.startsWith('SERIES') ? 'SERIES OF SHOTS' : 'QUICK CUTS';
  return { kind, title: (match[2] ?? match[3] ?? '').trim() };
};
