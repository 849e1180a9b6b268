import type { FountainElement, FountainScene } from '@pc/fountain';

/**
 * What a script says before its first heading when someone speaks there: Big Fish opens on a river,
 * a catfish and EDWARD (V.O.) before `INT. WILL'S BEDROOM`. A first AD schedules that as a scene of its
 * own — it is shot, or at least recorded — and asks the writer for its heading, so the import makes it
 * the opening scene: heading `OPENING`, no INT./EXT. (so no set), no scene number (the script's scene 1
 * stays scene 1). It starts after `FADE IN:` (an epigraph or a note to the reader above it stays out),
 * else at the first line of action or speech. Without a speech the lines stay out of every scene (a
 * note, a cold open's `BLACK.` or `SUPER:`), as before.
 */
export const OPENING_HEADING = 'OPENING';

/**
 * The opening scene as the export writes it back: a first heading `.OPENING`, forced, with no INT./EXT. and no
 * number. It is that scene again — unnumbered, its set still blank — so re-importing an export neither numbers it
 * in the first heading's place (a `scene_number_taken` warning) nor warns of a heading without INT./EXT.
 */
export const isWrittenOpening = ({ heading }: FountainScene): boolean =>
  heading.forced && heading.intExt === null && heading.sceneNumber === '' && heading.timeOfDay === '' && heading.text.trim() === OPENING_HEADING;

const FADE_IN = /^(?:FADE IN|FADE UP|FADE IN FROM BLACK)\s*[:.]?$/i;

const isFadeIn = (element: FountainElement): boolean => element.type === 'action' && FADE_IN.test(element.text.replace(/[*_]/g, '').trim());
/** A line of action (not `FADE IN:`) or of speech: what the warnings count. */
export const isCounted = (element: FountainElement): boolean =>
  (element.type === 'action' && !isFadeIn(element)) || element.type === 'character' || element.type === 'dialogue';

/** The opening scene made of the lines before the first heading, and the elements left before it; null opening when nobody speaks there. */
export const readOpening = (preamble: readonly FountainElement[]): { opening: FountainScene | null; before: FountainElement[] } => {
  const fadeIn = preamble.findLastIndex(isFadeIn);
  const after = fadeIn === -1 ? preamble : preamble.slice(fadeIn + 1);
  const start = after.findIndex(isCounted);
  const body = start === -1 ? [] : after.slice(start);
  if (!body.some((element) => element.type === 'character')) return { opening: null, before: [...preamble] };
  const first = body[0]!;
  return {
    opening: {
      heading: { type: 'scene_heading', text: OPENING_HEADING, intExt: null, location: OPENING_HEADING, timeOfDay: '', sceneNumber: '', forced: true, line: first.line - 1 },
      elements: body,
    },
    before: preamble.filter((element) => !body.includes(element)),
  };
};
