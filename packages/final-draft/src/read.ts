import { z } from 'zod';
import { FinalDraftError } from './errors.js';
import { childElements, isElement, readXml, type XmlElement } from './xml.js';
import type { FinalDraftBlock, FinalDraftParagraph, FinalDraftScript, TextRun, TitlePageLine } from './types.js';

// The attributes the import reads (and a paragraph's Alignment); Final Draft writes many more (StartsNewPage…), all ignored.
// A value no Final Draft writes (a 40-character scene number) reads as absent: the script still imports.
const paragraphAttributes = z.object({ Type: z.string().max(100).catch('Action').default('Action'), Number: z.string().max(40).catch('').default('') });
const textAttributes = z.object({ Style: z.string().max(200).catch('').default('') });
const alignment = z.enum(['left', 'center', 'right']).catch('left');

/** The text of `<Text>` runs under an element, in order; `<Tab/>` as a tab. */
const readRuns = (element: XmlElement): TextRun[] => {
  const runs: TextRun[] = [];
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.tag === 'Tab') runs.push({ text: '\t', styles: [] });
    if (child.tag !== 'Text') continue;
    const { Style } = textAttributes.parse(child.attributes);
    const text = child.children.map((node) => ('text' in node ? node.text : '')).join('');
    if (text !== '') runs.push({ text: text.replace(/\r\n?/g, '\n'), styles: Style.split('+').filter((style) => style !== '') });
  }
  return runs;
};

export const plainText = (runs: readonly TextRun[]): string =>
  runs.map((run) => (run.styles.includes('AllCaps') ? run.text.toUpperCase() : run.text)).join('');

const readSummary = (paragraph: XmlElement): string[] => {
  const properties = childElements(paragraph, 'SceneProperties')[0];
  if (!properties) return [];
  const title = z.string().max(2_000).catch('').parse(properties.attributes['Title']).trim();
  const summary = childElements(properties, 'Summary').flatMap((element) => childElements(element, 'Paragraph')).map((p) => plainText(readRuns(p)).trim());
  return [title, ...summary].filter((line) => line !== '');
};

/** The heading an omitted scene had: Final Draft keeps the scene inside `<OmittedScene>` and shows `OMITTED`. */
const readOmitted = (paragraph: XmlElement): string | undefined => {
  const omitted = childElements(paragraph, 'OmittedScene')[0];
  if (!omitted) return undefined;
  const heading = childElements(omitted, 'Paragraph').find((inner) => inner.attributes['Type'] === 'Scene Heading');
  return heading ? plainText(readRuns(heading)).replace(/\s+/g, ' ').trim() : '';
};

const readParagraph = (element: XmlElement): FinalDraftParagraph => {
  const { Type, Number } = paragraphAttributes.parse(element.attributes);
  const paragraph: FinalDraftParagraph = { kind: 'paragraph', type: Type, runs: readRuns(element), number: Number.trim(), summary: Type === 'Scene Heading' ? readSummary(element) : [] };
  const omitted = Type === 'Scene Heading' ? readOmitted(element) : undefined;
  if (alignment.parse(element.attributes['Alignment']?.toLowerCase()) === 'center') paragraph.centered = true;
  return omitted === undefined ? paragraph : { ...paragraph, omitted };
};

/** A `<Paragraph>`, or the `<DualDialogue>` Final Draft wraps in one (or writes on its own). */
const readBlock = (element: XmlElement): FinalDraftBlock | undefined => {
  const dual = element.tag === 'DualDialogue' ? element : childElements(element, 'DualDialogue')[0];
  if (dual) return { kind: 'dual', paragraphs: childElements(dual, 'Paragraph').map(readParagraph) };
  return element.tag === 'Paragraph' ? readParagraph(element) : undefined;
};

const readTitlePage = (root: XmlElement): TitlePageLine[] =>
  childElements(root, 'TitlePage')
    .flatMap((page) => childElements(page, 'Content'))
    .flatMap((content) => childElements(content, 'Paragraph'))
    .map((paragraph) => ({ text: plainText(readRuns(paragraph)), alignment: alignment.parse(paragraph.attributes['Alignment']?.toLowerCase()) }));

/**
 * Reads a Final Draft file (`.fdx`, the XML Final Draft 8 and later write): the body's
 * paragraphs in order, dual dialogue kept together, and the title page's lines.
 *
 * @throws FinalDraftError when the source is too large, declares a DOCTYPE, is not XML, or
 * is XML whose root is not `<FinalDraft>` with a `<Content>`.
 */
export const readFinalDraft = (source: string): FinalDraftScript => {
  const root = readXml(source).find((element) => element.tag === 'FinalDraft');
  const content = root ? childElements(root, 'Content')[0] : undefined;
  if (!root || !content) throw new FinalDraftError('not_final_draft', 'The XML is not a Final Draft script: it has no <FinalDraft> element with <Content>.');
  const body = content.children.flatMap((node) => {
    const block = isElement(node) ? readBlock(node) : undefined;
    return block ? [block] : [];
  });
  return { titlePage: readTitlePage(root), body };
};
