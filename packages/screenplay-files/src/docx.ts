import { childElements, type FinalDraftBlock, type FinalDraftParagraph, type FinalDraftScript, type TextRun, type TitlePageLine, type XmlElement } from '@pc/final-draft';
import { isCueLine, isSceneHeadingLine, isTransitionText } from '@pc/fountain';
import { alignmentOf, attribute, capsOf, first, indentOf, readWordStyles, type WordStyle } from './word-styles.js';
import { ScreenplayFileError } from './errors.js';
import { readFileXml } from './xml.js';

/** Most characters of `word/document.xml` read: Word writes 10–30 KB of XML a page (revision ids on every run). */
export const MAX_WORD_XML_CHARS = 16_000_000;

/** One paragraph of the Word file as typed: its text, the style's verdict and its layout. */
export interface WordParagraph {
  /** 1-based among the body's paragraphs (table cells included, a page break inside a paragraph starting a new one). */
  number: number;
  runs: TextRun[];
  styleType?: string;
  indent: number;
  alignment: string;
  /** A page break before it (`w:br w:type="page"`, `w:pageBreakBefore`, a section's end). */
  pageBreakBefore: boolean;
}

// Elements whose runs are the paragraph's text (links, tracked insertions, fields, content controls); a deletion's are not.
const RUN_CONTAINERS = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:moveTo']);

/** A paragraph's runs, split where a page break stands: each piece is a paragraph of its own. */
const readPieces = (p: XmlElement, paragraphCaps: boolean): TextRun[][] => {
  const pieces: TextRun[][] = [[]];
  const visit = (element: XmlElement) => {
    for (const child of childElements(element)) {
      if (RUN_CONTAINERS.has(child.tag)) visit(child);
      if (child.tag !== 'w:r') continue;
      const caps = capsOf(first(child, 'w:rPr')) ?? paragraphCaps;
      // Bold, italic and underline are how a typed script shows a heading or a beat, not emphasis worth keeping.
      const styles = caps ? ['AllCaps'] : [];
      for (const part of childElements(child)) {
        if (part.tag === 't') continue;
        if (part.tag === 'w:t') pieces.at(-1)!.push({ text: part.children.map((node) => ('text' in node ? node.text : '')).join(''), styles });
        else if (part.tag === 'w:tab' || part.tag === 'w:ptab') pieces.at(-1)!.push({ text: '\t', styles: [] });
        else if (part.tag === 'w:br' || part.tag === 'w:cr') {
          if (attribute(part, 'type') === 'page') pieces.push([]);
          else pieces.at(-1)!.push({ text: '\n', styles: [] });
        } else if (part.tag === 'w:noBreakHyphen') pieces.at(-1)!.push({ text: '-', styles: [] });
      }
    }
  };
  visit(p);
  return pieces;
};

/** The body's paragraphs in reading order: table cells row by row, content controls opened. */
export const readWordParagraphs = (body: XmlElement, styles: ReadonlyMap<string, WordStyle>): WordParagraph[] => {
  const paragraphs: WordParagraph[] = [];
  let pageBreak = false;
  const visit = (element: XmlElement) => {
    for (const child of childElements(element)) {
      if (child.tag === 'w:tbl' || child.tag === 'w:tr' || child.tag === 'w:tc' || child.tag === 'w:sdt' || child.tag === 'w:sdtContent' || child.tag === 'w:customXml') visit(child);
      if (child.tag !== 'w:p') continue;
      const pPr = first(child, 'w:pPr');
      const styleId = attribute(first(pPr, 'w:pStyle'), 'val');
      const style = (styleId ? styles.get(styleId) : undefined) ?? {};
      const indent = indentOf(pPr) ?? style.indent ?? 0;
      const alignment = alignmentOf(pPr) ?? style.alignment ?? 'left';
      if (first(pPr, 'w:pageBreakBefore')) pageBreak = true;
      readPieces(child, style.caps ?? false).forEach((runs, at) => {
        paragraphs.push({ number: paragraphs.length + 1, runs, ...(style.type ? { styleType: style.type } : {}), indent, alignment, pageBreakBefore: pageBreak || at > 0 });
        pageBreak = false;
      });
      if (first(pPr, 'w:sectPr')) pageBreak = true;
    }
  };
  visit(body);
  return paragraphs;
};

const textOf = (paragraph: WordParagraph): string => paragraph.runs.map((run) => (run.styles.includes('AllCaps') ? run.text.toUpperCase() : run.text)).join('');

const INCH = 1440;
/**
 * The type of a paragraph with no screenplay style, from where it sits on the page as a typed
 * script sets it (indents from the left margin: dialogue ~1", parenthetical ~1.5", cue ~2.2",
 * transition ~4" or flush right) and from its words: `INT.`/`EXT.` is a heading wherever it is.
 */
const typeByLayout = (paragraph: WordParagraph, text: string, previous: string | undefined): string => {
  const trimmed = text.trim();
  if (isSceneHeadingLine(trimmed)) return 'Scene Heading';
  const indent = paragraph.indent + (/^\t+/.exec(text)?.[0].length ?? 0) * INCH * 0.5;
  const upper = trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed);
  if ((paragraph.alignment === 'right' || paragraph.alignment === 'end' || indent >= 3.5 * INCH) && upper && isTransitionText(trimmed)) return 'Transition';
  if (indent >= 1.8 * INCH && upper && isCueLine(trimmed)) return 'Character';
  const inSpeech = previous === 'Character' || previous === 'Dialogue' || previous === 'Parenthetical';
  if (indent >= 0.5 * INCH && inSpeech && /^\(.*\)$/s.test(trimmed)) return 'Parenthetical';
  if (indent >= 0.5 * INCH && inSpeech) return 'Dialogue';
  return 'Action';
};

/** Whether the paragraphs carry screenplay layout at all: a style with a screenplay name, or indents that differ. */
export const hasScreenplayLayout = (paragraphs: readonly WordParagraph[]): boolean =>
  paragraphs.some((paragraph) => paragraph.styleType !== undefined) || paragraphs.some((paragraph) => paragraph.indent >= 0.5 * INCH && textOf(paragraph).trim() !== '');

/** Typed paragraphs: by style name when it has one, else by layout; a styled paragraph reading as a heading is one. */
export const classify = (paragraphs: readonly WordParagraph[]): { number: number; paragraph: FinalDraftParagraph }[] => {
  const typed: { number: number; paragraph: FinalDraftParagraph }[] = [];
  let previous: string | undefined;
  for (const paragraph of paragraphs) {
    const text = textOf(paragraph);
    if (text.trim() === '') {
      // An empty paragraph ends a speech in a typed script (blank line between blocks).
      if (paragraph.styleType === undefined) previous = undefined;
      continue;
    }
    const type = paragraph.styleType ?? typeByLayout(paragraph, text, previous);
    const runs = paragraph.runs.map((run) => ({ ...run, text: run.text.replace(/^\t+/, '') }));
    const kind = type === 'Action' && isSceneHeadingLine(text.trim()) ? 'Scene Heading' : type;
    typed.push({ number: paragraph.number, paragraph: { kind: 'paragraph', type: kind, runs, number: '', summary: [], ...(paragraph.alignment === 'center' ? { centered: true as const } : {}) } });
    previous = type;
  }
  return typed;
};

/**
 * The title page of a Word script: the paragraphs before the first page break, when the break
 * comes before any scene heading (a typed title page is a page of its own).
 */
export const splitTitlePage = (paragraphs: readonly WordParagraph[]): { titlePage: TitlePageLine[]; body: WordParagraph[] } => {
  const firstBreak = paragraphs.findIndex((paragraph, at) => at > 0 && paragraph.pageBreakBefore);
  const firstHeading = paragraphs.findIndex((paragraph) => paragraph.styleType === 'Scene Heading' || isSceneHeadingLine(textOf(paragraph).trim()));
  if (firstBreak < 0 || (firstHeading >= 0 && firstHeading < firstBreak)) return { titlePage: [], body: [...paragraphs] };
  const lines = paragraphs.slice(0, firstBreak).map((paragraph) => ({ text: textOf(paragraph), alignment: paragraph.alignment === 'center' ? ('center' as const) : paragraph.alignment === 'right' || paragraph.alignment === 'end' ? ('right' as const) : ('left' as const) }));
  return { titlePage: lines, body: paragraphs.slice(firstBreak) };
};

/** `word/document.xml` and `word/styles.xml`, read. */
export interface WordDocument {
  paragraphs: WordParagraph[];
}

export const readWordDocument = (documentXml: string, stylesXml: string | undefined): WordDocument => {
  const root = readFileXml(documentXml, 'Word', MAX_WORD_XML_CHARS).find((element) => element.tag === 'w:document');
  const body = root ? first(root, 'w:body') : undefined;
  if (!body) throw new ScreenplayFileError('not_docx', 'The Word file has no document body (word/document.xml without <w:body>).');
  const styles = readWordStyles(stylesXml === undefined ? undefined : readFileXml(stylesXml, 'Word', MAX_WORD_XML_CHARS).find((element) => element.tag === 'w:styles'));
  return { paragraphs: readWordParagraphs(body, styles) };
};

/** Blocks for the Fountain writer (a Word file has no dual dialogue). */
export const wordScript = (paragraphs: readonly FinalDraftParagraph[]): FinalDraftScript => ({ titlePage: [], body: paragraphs as FinalDraftBlock[] });
