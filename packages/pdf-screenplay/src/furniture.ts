import type { PdfLine, PdfSegment } from './types.js';

/**
 * What a printed page adds to a script, read off the lines of one page: page numbers and
 * revision headers at the top (or a footer), `CONTINUED:` / `(CONTINUED)` of a shooting
 * script, `(MORE)` under a speech that runs on, revision asterisks in the right margin and
 * scene numbers in both margins of a heading. None of it is the script's text.
 */

const PAGE_NUMBER = /^[-–(]?\s*(?:page\s+)?[0-9]{1,4}[A-Z]{0,2}\.?\s*(?:of\s+[0-9]{1,4})?\s*[-–)]?$/i;
const REVISION_HEADER = /\b(?:REV(?:ISION|ISIONS|ISED)?\.?|DRAFT)\b.*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;
const CONTINUED_HEAD = /^CONTINUED:?(?:\s*\(\d{1,3}\))?$/i;
const CONTINUED_FOOT = /^\(?CONTINUED\)?$/i;
const MORE = /^\(MORE\)$/i;
const REVISION_MARK = /^\*{1,2}$/;
// 12, 12A, A12, 110A.1, as margins print them (some apps add a dot or parentheses).
const SCENE_NUMBER = /^\(?([A-Z]{0,2}[0-9]{1,4}[A-Z]{0,3}(?:\.[0-9]{1,3}[A-Z]{0,3}){0,2})\.?\)?$/;
const OMITTED = /^(?:OMITTED|OMIT)$/i;
// Header and footer lines are within this many lines of the page's top or bottom.
const EDGE_LINES = 3;

export interface PageContent {
  lines: PdfLine[];
  /** The page's last speech runs on to the next (`(MORE)` under it). */
  more: boolean;
  /** Scene numbers read from a heading's margins, by the line's index in `lines`. */
  sceneNumbers: Map<PdfLine, string>;
}

const textOf = (segments: readonly PdfSegment[]): string => segments.map((segment) => segment.text).join(' ');

/** A scene number in a margin, as the script means it (`12.` and `(12)` are 12), or null. */
export const marginSceneNumber = (text: string): string | null => SCENE_NUMBER.exec(text)?.[1] ?? null;

const isHeaderLine = (line: PdfLine): boolean => {
  const text = textOf(line.segments);
  if (PAGE_NUMBER.test(text) || REVISION_HEADER.test(text)) return true;
  // "12  CONTINUED: (2)  12": numbers in the margins around the word.
  const inner = line.segments.filter((segment) => marginSceneNumber(segment.text) === null);
  if (inner.length === 1 && CONTINUED_HEAD.test(inner[0]?.text ?? '')) return true;
  // A running header with the page number far right: "THE LONG QUIET - Blue Rev.      12."
  // Not a numbered heading, which prints its number in both margins: "12  INT. DOCK - NIGHT  12".
  const first = line.segments[0];
  const last = line.segments.at(-1);
  if (!first || !last || line.segments.length < 2) return false;
  if (marginSceneNumber(first.text) !== null && marginSceneNumber(first.text) === marginSceneNumber(last.text)) return false;
  return PAGE_NUMBER.test(last.text) && /\d/.test(last.text);
};

const isFooterLine = (line: PdfLine): boolean => {
  const text = textOf(line.segments);
  return CONTINUED_FOOT.test(text) || PAGE_NUMBER.test(text) || (line.segments.length === 2 && line.segments.every((segment) => CONTINUED_FOOT.test(segment.text) || marginSceneNumber(segment.text) !== null));
};

/** The page's script lines, with the furniture taken off and margin scene numbers read. */
export const pageContent = (lines: readonly PdfLine[]): PageContent => {
  let more = false;
  const sceneNumbers = new Map<PdfLine, string>();
  const kept: PdfLine[] = [];
  lines.forEach((line, index) => {
    const segments = line.segments.filter((segment) => !REVISION_MARK.test(segment.text));
    if (segments.length === 0) return;
    const bare = { ...line, segments };
    const text = textOf(segments);
    if (index < EDGE_LINES && isHeaderLine(bare)) return;
    if (index >= lines.length - EDGE_LINES && isFooterLine(bare)) return;
    if (MORE.test(text)) {
      more = true;
      return;
    }
    // "12   OMITTED   12": a cut scene keeps its number in a shooting script, and nothing else.
    if (segments.some((segment) => OMITTED.test(segment.text)) && segments.every((segment) => OMITTED.test(segment.text) || marginSceneNumber(segment.text) !== null)) return;
    if (segments.length >= 2) {
      const first = segments[0];
      const number = first ? marginSceneNumber(first.text) : null;
      if (number !== null) {
        const rest = segments.slice(1);
        const last = rest.at(-1);
        const body = last && rest.length > 1 && marginSceneNumber(last.text) === number ? rest.slice(0, -1) : rest;
        const numbered = { ...bare, segments: body };
        sceneNumbers.set(numbered, number);
        kept.push(numbered);
        return;
      }
    }
    kept.push(bare);
  });
  return { lines: kept, more, sceneNumbers };
};
