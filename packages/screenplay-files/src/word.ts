import { readTitlePageFields, writeMappedFountain, type FinalDraftPlace, type MappedFountain } from '@pc/final-draft';
import { isSceneHeadingLine } from '@pc/fountain';
import { classify, hasScreenplayLayout, readWordDocument, splitTitlePage, wordScript, type WordParagraph } from './docx.js';
import { ScreenplayFileError } from './errors.js';
import { entryText, readZipEntries } from './zip.js';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';

const plain = (paragraph: WordParagraph): string => paragraph.runs.map((run) => (run.styles.includes('AllCaps') ? run.text.toUpperCase() : run.text)).join('');

/**
 * A Word file typed like plain text (no screenplay styles, no indents, blank paragraphs between
 * blocks) is Fountain already: one line per paragraph, each line mapped to its paragraph.
 */
const asTypedFountain = (paragraphs: readonly WordParagraph[]): MappedFountain => {
  const places: MappedFountain['places'] = [];
  let scene = '';
  const lines = paragraphs.map((paragraph, at) => {
    const text = plain(paragraph).replace(/\n/g, ' ').trimEnd();
    const heading = isSceneHeadingLine(text.trim());
    if (heading) scene = text.trim();
    if (text.trim() !== '') places.push({ line: at + 1, place: { paragraph: paragraph.number, type: heading ? 'Scene Heading' : 'Action', scene } });
    return text;
  });
  return { fountain: `${lines.join('\n')}\n`, places, shotLines: [] };
};

/** The Fountain of a Word script, with each block's place given as the Word paragraph it came from. */
export const wordDocumentToFountain = (documentXml: string, stylesXml?: string): MappedFountain => {
  const { paragraphs } = readWordDocument(documentXml, stylesXml);
  const { titlePage, body } = splitTitlePage(paragraphs);
  const fields = readTitlePageFields(titlePage);
  const blank = body.some((paragraph) => plain(paragraph).trim() === '');
  if (!hasScreenplayLayout(body) && blank && fields.length === 0) return asTypedFountain(body);
  const typed = classify(body);
  const mapped = writeMappedFountain(wordScript(typed.map(({ paragraph }) => paragraph)), fields);
  // The writer counts the paragraphs it was given; the user counts Word's (empty ones and the title page included).
  const place = ({ paragraph, ...rest }: FinalDraftPlace): FinalDraftPlace => ({ ...rest, paragraph: typed[paragraph - 1]?.number ?? paragraph });
  return { ...mapped, places: mapped.places.map((entry) => ({ ...entry, place: place(entry.place) })) };
};

/**
 * Reads a Word file (`.docx`, a zip of Office Open XML) as a screenplay: `word/document.xml`
 * typed by `word/styles.xml` style names (Scene Heading, Character, Dialogue… and French,
 * German, Spanish, Italian, Portuguese template names), else by indentation as a typed script.
 *
 * @throws ScreenplayFileError when the zip is refused or is not a Word document.
 */
export const readWordFile = (bytes: Uint8Array): MappedFountain => {
  const entries = readZipEntries(bytes, (name) => name === DOCUMENT || name === STYLES);
  const document = entries.get(DOCUMENT);
  if (!document) throw new ScreenplayFileError('not_docx', 'The zip archive is not a Word document: it has no word/document.xml.');
  const styles = entries.get(STYLES);
  return wordDocumentToFountain(entryText(document), styles ? entryText(styles) : undefined);
};
