import type { FountainElement } from '@pc/fountain';

/**
 * The lines of a PDF export's cover page: those before the first form feed, when no scene
 * heading comes before it. Empty for a Fountain file.
 */
const readCover = (source: string, lines: readonly string[], firstHeadingLine: number): string[] => {
  const formFeed = source.indexOf('\f');
  if (formFeed === -1) return [];
  const coverLines = (source.slice(0, formFeed).match(/\r\n?|\n/g) ?? []).length;
  return coverLines < firstHeadingLine ? lines.slice(0, coverLines) : [];
};

// A name: capitalised words (Margaret O'Neill, JAMES HOLLOWAY, Siân & Tom), nothing after a comma.
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*|&|and|y|e|et|und)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|and|y|e|et|und|van|von|de|da|del|di|du|le|la|O'))*`;
const CREDITED_BY = String.raw`(?:(?:an?\s+)?(?:original\s+)?(?:screenplay|teleplay|story|script|pilot|film|play|adaptation|short)?\s*(?:written\s+|adapted\s+|created\s+)?by|guion\s+de|guión\s+de|escrito\s+por|roteiro\s+de|scénario\s+de|écrit\s+par|drehbuch(?:\s+von)?|buch\s+von|(?:soggetto\s+e\s+)?sceneggiatura\s+di|scritto\s+da)`;
// "by", "Written by", "an original screenplay by": a credit whose name is on the next line(s).
const CREDIT_ALONE = new RegExp(String.raw`^${CREDITED_BY}$`, 'iu');
// "by Margaret O'Neill", "WRITTEN BY JAMES HOLLOWAY" — not "By the river, I waited."
const CREDIT_WITH_NAME = new RegExp(String.raw`^${CREDITED_BY}\s+${NAME}$`, 'iu');
const ORIGINAL = /^an?\s+original\s+(?:screenplay|teleplay|story|script|pilot)$/iu;
// "Second Draft - 14 March 2024", "SHOOTING SCRIPT", "Revised Pink - 04/02/2026", "Episode 1: …", "WGA Registered".
const DRAFT = /\b(?:draft|revised|revisions?|shooting script|episode|ep\.|wga|registered|copyright|©|\(c\))/iu;
const DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/iu;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:\+?\d[\d ()-]{6,}\d)|\bwww\.|https?:\/\//iu;
// A title page line is short; a paragraph of action is not one.
const MAX_WORDS = 10;
const MAX_LINES_BEFORE_CREDIT = 6;
const FADE_IN = /^fade in:?$/iu;

type Marker = 'credit' | 'credit_alone' | 'detail';

const readMarker = (trimmed: string): Marker | null => {
  if (trimmed.split(/\s+/).length > MAX_WORDS) return null;
  if (CREDIT_ALONE.test(trimmed)) return 'credit_alone';
  if (CREDIT_WITH_NAME.test(trimmed) || ORIGINAL.test(trimmed)) return 'credit';
  if (DRAFT.test(trimmed) || DATE.test(trimmed) || CONTACT.test(trimmed)) return 'detail';
  return null;
};

/**
 * How many lines a title block written without a title page fills, from the top: a pasted Word or PDF script
 * opens "THE LAST LIGHTHOUSE / Written by / Margaret O'Neill / Second Draft / contact" before FADE IN: or the
 * first heading. Read as the title, never as a cue with the credit as its speech. 0 when there is none: the
 * block needs a credit ("by", "written by", "an original screenplay") or two of episode, draft, date and contact,
 * after a title on the first line, and
 * runs to the last credit, draft, date or contact line (with the name under a credit alone).
 */
const readTitleBlock = (lines: readonly string[], end: number): number => {
  let first = 0;
  while (first < end && lines[first]!.trim() === '') first += 1;
  if (first >= end || readMarker(lines[first]!.trim()) !== null) return 0;
  let blockEnd = 0;
  let credited = false;
  let details = 0;
  let nameNext = false;
  let read = 1;
  for (let index = first + 1; index < end; index += 1) {
    const trimmed = lines[index]!.trim();
    if (trimmed === '') continue;
    read += 1;
    // A title block credits its writer within its first lines; further down it is a cold open.
    if (blockEnd === 0 && read > MAX_LINES_BEFORE_CREDIT) break;
    const marker = readMarker(trimmed);
    if (marker !== null) {
      credited ||= marker !== 'detail';
      if (marker === 'detail') details += 1;
      nameNext = marker === 'credit_alone';
      blockEnd = index + 1;
    } else if (nameNext) {
      nameNext = false;
      blockEnd = index + 1;
    } else if (lines[index - 1]!.trim() === '' && blockEnd > 0) break;
  }
  return credited || details >= 2 ? blockEnd : 0;
};

// A cold open's first words, written in capitals with no full stop as often as a title is: not a title.
const COLD_OPEN = /^(?:(?:over\s+)?black(?:\s+screen)?|blackness|darkness|silence|white|fade\s+(?:in|up)(?:\s+from\s+black)?|super\b.*|title\b.*|card\b.*|intertitle\b.*|chyron\b.*)$/iu;
// A title is a name: capitalised words (articles and small words between them), nothing a sentence ends with.
const TITLE_WORD = /^(?:[\p{Lu}\p{N}"“«'‘(][^\s]*|a|an|the|of|and|in|on|at|to|for|from|with|by|de|del|la|le|les|el|los|las|di|da|do|du|der|die|das|und|y|e|et)$/u;

/**
 * A plain-text script with its title alone on the first line, straight above FADE IN: or the first heading
 * ("THE LAST LIGHTHOUSE", "The Salt Road"): 1 when that line is the only one before the script proper and reads as a
 * title, else 0. A cold open's "BLACK." or "SUPER: London, 1944", a sentence, or a line of dialogue is not one.
 */
const readLoneTitle = (lines: readonly string[], end: number): number => {
  const written = lines.slice(0, end).flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  if (written.length !== 1) return 0;
  const title = lines[written[0]!]!.trim();
  const words = title.split(/\s+/);
  if (words.length > MAX_WORDS || /[.!?:;,…]$/u.test(title) || COLD_OPEN.test(title) || readMarker(title) !== null) return 0;
  return words.every((word) => TITLE_WORD.test(word)) && /^[\p{Lu}\p{N}"“«'‘]/u.test(title) ? written[0]! + 1 : 0;
};

/** Where the script proper begins: its first heading, FADE IN:, transition, act or section. */
const bodyStartLine = (lines: readonly string[], preamble: readonly FountainElement[], firstHeadingLine: number): number => {
  const structure = preamble.find((element) => element.type !== 'action' && element.type !== 'character' && element.type !== 'dialogue' && element.type !== 'parenthetical' && element.type !== 'note');
  const fadeIn = lines.findIndex((line) => FADE_IN.test(line.trim())) + 1;
  return Math.min(firstHeadingLine, structure?.line ?? Number.POSITIVE_INFINITY, fadeIn > 0 ? fadeIn : Number.POSITIVE_INFINITY);
};

/**
 * The front matter of a script without a Fountain title page: a PDF export's cover page, or the title block a
 * pasted script opens with. Its lines, from the first; its first line is the title.
 */
export const readFrontMatter = (source: string, lines: readonly string[], preamble: readonly FountainElement[], firstHeadingLine: number): string[] => {
  const cover = readCover(source, lines, firstHeadingLine);
  if (cover.length > 0) return cover;
  const end = Math.min(lines.length, bodyStartLine(lines, preamble, firstHeadingLine) - 1);
  return lines.slice(0, readTitleBlock(lines, end) || readLoneTitle(lines, end));
};
