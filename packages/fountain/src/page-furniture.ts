import { isSceneHeadingLine } from './scene-heading.js';
import type { SourceLine } from './source-lines.js';

/**
 * A screenplay copied out of a PDF (pdftotext, a viewer's "copy all") carries what the
 * printed page added to the script: form feeds between pages, page numbers (and a revised
 * page's header, `Pink Rev. 11/02/26   2.`, and the `*` marking a changed line), a cut scene's
 * `12  OMITTED  12`, `(MORE)` and
 * `(CONTINUED)` at the foot of a page, `CONTINUED:` at the head of the next, and scene
 * numbers printed in both margins of a heading. None of it is the script's; read as
 * Fountain it turns every numbered heading into action and splices page furniture into
 * dialogue. This step, between reading the lines and parsing them, blanks the furniture
 * and rewrites a numbered heading to Fountain's `HEADING #12A#`.
 */

const MORE_OR_CONTINUED = /^\((?:MORE|CONTINUED|CONT'D|CONT’D)\)$/i;
// A scene number as a margin prints it: 12, 12A, A12, 110A.1, and as some apps dress it, 12-A, (12), 12.
const MARGIN_NUMBER = String.raw`\(?[A-Z]{0,2}[0-9]{1,4}-?[A-Z.0-9]{0,8}\)?`;
// "CONTINUED:", "CONTINUED: (2)", with the scene number printed in either margin.
const CONTINUED_HEAD = new RegExp(String.raw`^(?:${MARGIN_NUMBER}\s+)?CONTINUED:(?:\s*\(\d{1,3}\))?(?:\s+${MARGIN_NUMBER})?$`);
const PAGE_NUMBER = /^[0-9]{1,4}[A-Z]{0,2}\.?$/;
// "2." as a PDF viewer's copy prints it, flush left once the layout is lost.
const DOTTED_PAGE_NUMBER = /^[0-9]{1,4}[A-Z]{0,2}\.$/;
// 12, 12A, A12, 110A.1: a shooting script's revised numbers print in the margins too.
const SCENE_NUMBER = /^[A-Z]{0,2}[0-9]{1,4}[A-Z]{0,3}(?:\.[0-9]{1,3}[A-Z]{0,3}){0,2}$/;
// A shooting script keeps a cut scene's number: "12   OMITTED   12", "3-4  OMITTED  3-4".
const OMITTED = new RegExp(String.raw`^(?:${MARGIN_NUMBER}\s+)?(?:OMITTED|OMIT)(?:\s+${MARGIN_NUMBER})?$`);
// A revised page's header: the colour and date of the revision (`Pink Rev. 11/02/26`,
// `BLUE REVISIONS - 03/14/2026`, `Rev. 2026-11-02`), the page number after it if the page has one.
const REVISION_HEADER =
  /^(?:(?:WHITE|BLUE|PINK|YELLOW|GREEN|GOLDENROD|BUFF|SALMON|CHERRY|TAN|GR[AE]Y|IVORY|(?:DOUBLE|2ND) [A-Z]+)\s+)?(?:REV(?:ISION|ISIONS|ISED)?\.?|DRAFT)\s*[-–—:]?\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:\s{2,}[0-9]{1,4}[A-Z]{0,2}\.?)?$/i;
// A printed page number sits near the right margin; dialogue starts near column 25.
const PAGE_NUMBER_INDENT = 40;

const indentOf = (text: string): number => {
  let columns = 0;
  for (const char of text) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 8 - (columns % 8);
    else break;
  }
  return columns;
};

/**
 * The scene number a margin prints, as the script means it: "12." and "(12)" are 12, "12-A"
 * (a scene added after 12, as some apps print it) is 12A; null for anything else.
 */
const marginNumber = (printed: string): string | null => {
  const bare = printed.replace(/^\((.*)\)$/, '$1').replace(/\.$/, '');
  const number = /^[0-9]{1,4}-[A-Z]{1,3}$/.test(bare) ? bare.replace('-', '') : bare;
  return SCENE_NUMBER.test(number) ? number : null;
};

// A revised line's mark is set apart from the text by a wide gap.
const REVISION_MARK_GAP = 4;

/**
 * The line without the `*` (or `**`) a revised page prints in the right margin of a changed
 * line, or blank for a mark alone far right (a line cut); null when it has none. By hand, not
 * by a regex, so a line of spaces stays linear.
 */
export const withoutRevisionMark = (text: string): string | null => {
  const end = text.trimEnd();
  if (!end.endsWith('*')) return null;
  const before = end.endsWith('**') ? end.slice(0, -2) : end.slice(0, -1);
  const kept = before.trimEnd();
  if (kept === '') return before.length >= PAGE_NUMBER_INDENT ? '' : null;
  return before.length - kept.length >= REVISION_MARK_GAP ? kept : null;
};

/**
 * "12A   INT. KITCHEN - NIGHT   12A" (the number in the left margin, and in the right one), or "ESC. 12. INT. SALA -
 * NOCHE" (the number after the word for scene), as `INT. KITCHEN - NIGHT #12A#`; null for any other line. Split by hand, not by a
 * backtracking regex, so a long line of spaces stays linear.
 */
// The word a writer types before the number: Spanish ESC. / ESCENA (a telenovela's "ESC. 12. INT. SALA - NOCHE"),
// English SC. / SCENE, Italian SCENA, Portuguese CENA.
const SCENE_WORD = /^(?:ESC|ESCENA|SC|SCENE|SCENA|CENA)\.?\s+(?=[0-9])/iu;

export const readNumberedHeading = (written: string): string | null => {
  const trimmed = written.replace(SCENE_WORD, '');
  const leftEnd = trimmed.search(/\s/);
  if (leftEnd === -1) return null;
  const left = marginNumber(trimmed.slice(0, leftEnd));
  if (left === null) return null;
  let heading = trimmed.slice(leftEnd).trim();
  const rightStart = Math.max(heading.lastIndexOf(' '), heading.lastIndexOf('\t')) + 1;
  // A different number on the right is the place's own ("3  INT. FLAT 12").
  if (rightStart > 0 && marginNumber(heading.slice(rightStart)) === left) heading = heading.slice(0, rightStart).trimEnd();
  return isSceneHeadingLine(heading) ? `${heading} #${left}#` : null;
};

// Between a heading and a number in the right margin only: a tab, or this many spaces ("INT. FLAT 12" is the place's).
const RIGHT_MARGIN_GAP = 4;

/**
 * "INT. SHED - CONTINUOUS          12" (a British shooting script prints the number in the right margin only) as
 * `INT. SHED - CONTINUOUS #12#`; null for any other line, and for a number one space after the place ("INT. FLAT 12").
 */
export const readRightNumberedHeading = (trimmed: string): string | null => {
  const numberStart = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t')) + 1;
  if (numberStart === 0) return null;
  const number = marginNumber(trimmed.slice(numberStart));
  const heading = trimmed.slice(0, numberStart).trimEnd();
  const gap = trimmed.slice(heading.length, numberStart);
  if (number === null || (!gap.includes('\t') && gap.length < RIGHT_MARGIN_GAP) || !isSceneHeadingLine(heading)) return null;
  return `${heading} #${number}#`;
};

// Printed pages are ~55 lines; two bare numbers this far apart, counting up, are page numbers.
const MIN_LINES_PER_PAGE = 20;

/** "2." then "3." a page or more apart: the page numbers of a viewer's copy, not a numbered list. */
const runsLikePages = (candidates: readonly SourceLine[]): boolean =>
  candidates.some((source, index) => {
    const next = candidates[index + 1];
    return next !== undefined && Number.parseInt(next.text, 10) === Number.parseInt(source.text, 10) + 1 && next.line - source.line >= MIN_LINES_PER_PAGE;
  });

/**
 * Blanks page furniture in place and rewrites numbered headings; returns the 1-based
 * source lines blanked (the script import leaves them out of a scene's text) and those whose
 * revision mark it removed (the import removes it from the scene's text too).
 *
 * @remarks A bare number is a page number only where a printed page puts one — the first
 * line of a page (after a form feed), far right — so "42." spoken as dialogue (right after
 * its cue) stays. "2." alone after a blank line (a PDF viewer's copy, flush left) needs
 * evidence that the text came from a PDF: other furniture ((MORE), CONTINUED:, a form feed)
 * or numbers counting up a page apart; otherwise it is a numbered list in action.
 */
export const dropPageFurniture = (lines: SourceLine[]): { dropped: number[]; revisionMarked: number[] } => {
  const dropped: SourceLine[] = [];
  const revisionMarked: number[] = [];
  const dotted: SourceLine[] = [];
  let fromPdf = false;
  let pageStart = false;
  let afterBlank = true;
  for (const source of lines) {
    if (source.text.includes('\f')) {
      source.text = source.text.replace(/\f/g, '');
      pageStart = true;
      fromPdf = true;
    }
    // A revised page marks each changed line with an asterisk in the right margin.
    const unmarked = withoutRevisionMark(source.text);
    if (unmarked !== null) {
      source.text = unmarked;
      revisionMarked.push(source.line);
      fromPdf = true;
    }
    const trimmed = source.text.trim();
    if (trimmed === '') {
      if (!source.noteOnly) afterBlank = true;
      continue;
    }
    const furniture: boolean =
      MORE_OR_CONTINUED.test(trimmed) ||
      OMITTED.test(trimmed) ||
      CONTINUED_HEAD.test(trimmed) ||
      ((PAGE_NUMBER.test(trimmed) || REVISION_HEADER.test(trimmed)) && (pageStart || indentOf(source.text) >= PAGE_NUMBER_INDENT));
    const maybePageNumber: boolean = !furniture && afterBlank && DOTTED_PAGE_NUMBER.test(trimmed);
    pageStart = false;
    afterBlank = furniture || maybePageNumber;
    if (maybePageNumber) dotted.push(source);
    if (furniture) {
      fromPdf = true;
      dropped.push(source);
      continue;
    }
    // A12 and (12) start the line too, not only 12; and ESC. 12, SC 12.
    if (/^[(A-Z]{0,3}[0-9]/.test(trimmed) || SCENE_WORD.test(trimmed)) {
      const heading = readNumberedHeading(trimmed);
      if (heading !== null) source.text = heading;
    } else if (/[0-9A-Z.)]$/.test(trimmed) && isSceneHeadingLine(trimmed)) {
      const heading = readRightNumberedHeading(trimmed);
      if (heading !== null) source.text = heading;
    }
  }
  if (fromPdf || runsLikePages(dotted)) dropped.push(...dotted);
  for (const source of dropped) source.text = '';
  return { dropped: dropped.map((source) => source.line).sort((a, b) => a - b), revisionMarked };
};
