import { childElements, readTitlePageFields, type FinalDraftBlock, type FinalDraftParagraph, type FinalDraftScript, type TextRun, type TitlePageLine, type XmlElement } from '@pc/final-draft';
import type { TitlePageField } from '@pc/fountain';
import { ScreenplayFileError } from './errors.js';
import { readFileXml, textOf } from './xml.js';

/** Most characters of Open Screenplay Format XML read (Fade In writes about 3 KB a page). */
export const MAX_OSF_CHARS = 5_000_000;

// OSF style names as Fade In and other OSF writers give them, to the Final Draft types the Fountain writer knows.
const TYPES: Record<string, string> = {
  'scene heading': 'Scene Heading',
  action: 'Action',
  'normal text': 'Action',
  general: 'Action',
  character: 'Character',
  dialogue: 'Dialogue',
  parenthetical: 'Parenthetical',
  transition: 'Transition',
  shot: 'Shot',
  singing: 'Lyrics',
  lyrics: 'Lyrics',
  'cast list': 'Cast List',
  'new act': 'New Act',
  'end of act': 'End of Act',
};
// Fade In's stock styles show these in capitals whatever was typed (`Int. Office - night`).
const CAPITALISED = new Set(['Scene Heading', 'Character', 'Transition', 'Shot']);

const truthy = (value: string | undefined): boolean => value !== undefined && /^(?:1|true|yes)$/i.test(value.trim());

/** A style's base (`basestylename` in OSF 2.x, `basestyle` in 1.x), resolved through the document's named styles. */
const baseStyle = (style: XmlElement | undefined, named: ReadonlyMap<string, XmlElement>): string => {
  for (let current = style, depth = 0; current && depth < 8; depth += 1) {
    const base = current.attributes['basestylename'] ?? current.attributes['basestyle'];
    if (base) return base;
    const name = current.attributes['name'];
    const next = name === undefined ? undefined : named.get(name);
    current = next === current ? undefined : next;
  }
  return style?.attributes['name'] ?? 'Action';
};

const readRuns = (para: XmlElement, capitals: boolean): TextRun[] =>
  childElements(para, 'text').flatMap((text) => {
    const value = textOf(text).replace(/\r\n?/g, '\n');
    if (value === '') return [];
    const styles = [
      ...(truthy(text.attributes['bold']) ? ['Bold'] : []),
      ...(truthy(text.attributes['italic']) ? ['Italic'] : []),
      ...(truthy(text.attributes['underline']) ? ['Underline'] : []),
      ...(capitals || truthy(text.attributes['allcaps']) ? ['AllCaps'] : []),
    ];
    return [{ text: value, styles }];
  });

interface OsfParagraph extends FinalDraftParagraph {
  dual: boolean;
}

const readPara = (para: XmlElement, named: ReadonlyMap<string, XmlElement>): OsfParagraph => {
  const style = childElements(para, 'style')[0];
  const base = baseStyle(style, named);
  const type = TYPES[base.trim().toLowerCase()] ?? 'Action';
  const number = (para.attributes['number'] ?? para.attributes['scene_number'] ?? '').trim().slice(0, 40);
  const align = (style?.attributes['align'] ?? para.attributes['align'] ?? '').toLowerCase();
  const paragraph: OsfParagraph = {
    kind: 'paragraph',
    type,
    runs: readRuns(para, CAPITALISED.has(type) || truthy(style?.attributes['allcaps'])),
    number: type === 'Scene Heading' ? number : '',
    summary: [],
    dual: truthy(para.attributes['dual']) || truthy(para.attributes['dual_dialogue']) || truthy(style?.attributes['dual']),
  };
  if (align === 'center') paragraph.centered = true;
  return paragraph;
};

const SPEECH = new Set(['Parenthetical', 'Dialogue', 'Lyrics']);

/**
 * Paragraphs to blocks: a cue marked dual (the second speaker, side by side with the one
 * before) is joined with the previous cue and its speech into one dual dialogue block.
 */
const toBlocks = (paragraphs: readonly OsfParagraph[]): FinalDraftBlock[] => {
  const blocks: FinalDraftBlock[] = [];
  for (let index = 0; index < paragraphs.length; ) {
    const { dual, ...paragraph } = paragraphs[index]!;
    let end = index + 1;
    if (paragraph.type === 'Character') while (end < paragraphs.length && SPEECH.has(paragraphs[end]!.type)) end += 1;
    const speaker = paragraphs.slice(index, end).map(({ dual: _dual, ...inner }) => inner);
    const previous = blocks.at(-1);
    const previousCueAt = blocks.findLastIndex((block) => block.kind === 'paragraph' && block.type === 'Character');
    const joinable = dual && paragraph.type === 'Character' && previousCueAt >= 0 && blocks.slice(previousCueAt + 1).every((block) => block.kind === 'paragraph' && SPEECH.has(block.type));
    if (joinable && previous) {
      const first = blocks.splice(previousCueAt) as FinalDraftParagraph[];
      blocks.push({ kind: 'dual', paragraphs: [...first, ...speaker] });
    } else blocks.push(...speaker);
    index = end;
  }
  return blocks;
};

const lineOf = (para: XmlElement, named: ReadonlyMap<string, XmlElement>): TitlePageLine => {
  const paragraph = readPara(para, named);
  const align = (childElements(para, 'style')[0]?.attributes['align'] ?? para.attributes['align'] ?? 'left').toLowerCase();
  return { text: paragraph.runs.map((run) => run.text).join(''), alignment: align === 'center' ? 'center' : align === 'right' ? 'right' : 'left' };
};

// Fade In's new-document defaults: labels, not a title or an author.
const PLACEHOLDERS = /^(?:untitled(?: screenplay)?|written by|copyright \(c\)|first draft)$/i;

/** The title page: `<titlepage>` paragraphs read as Final Draft's are; else the `<info>` title and contact. */
const readTitlePage = (root: XmlElement, named: ReadonlyMap<string, XmlElement>): TitlePageField[] => {
  const paras = childElements(root, 'titlepage').flatMap((page) => childElements(page, 'para'));
  if (paras.some((para) => textOf(para).trim() !== '')) return readTitlePageFields(paras.map((para) => lineOf(para, named)));
  const info = childElements(root, 'info')[0]?.attributes ?? {};
  const value = (key: string) => (info[key] ?? '').trim();
  return [
    ...(value('title') && !PLACEHOLDERS.test(value('title')) ? [{ key: 'Title', value: value('title') }] : []),
    ...(value('contact') ? [{ key: 'Contact', value: value('contact') }] : []),
  ];
};

/** A read Open Screenplay Format document: the script as the Fountain writer takes it, and its title page. */
export interface OpenScreenplay {
  script: FinalDraftScript;
  titlePage: TitlePageField[];
}

/**
 * Reads Open Screenplay Format XML (Fade In's `document.xml`, an `.osf` file): `<paragraphs>`
 * of `<para>`, each typed by its `<style basestylename="Scene Heading"/>` (or OSF 1.x
 * `basestyle`, or a named style from `<styles>`), its `<text>` runs with bold/italic/underline,
 * a scene number in `number`, a second dual dialogue speaker marked `dual`.
 *
 * @throws ScreenplayFileError when the XML is refused or its root is not `<document>` with `<paragraphs>`.
 */
export const readOpenScreenplay = (xml: string): OpenScreenplay => {
  const root = readFileXml(xml, 'Fade In', MAX_OSF_CHARS).find((element) => element.tag === 'document');
  const paragraphs = root ? childElements(root, 'paragraphs')[0] : undefined;
  if (!root || !paragraphs) throw new ScreenplayFileError('not_fade_in', 'The XML is not an Open Screenplay Format (Fade In) document: it has no <document> with <paragraphs>.');
  const named = new Map(
    childElements(root, 'styles')
      .flatMap((styles) => childElements(styles, 'style'))
      .flatMap((style) => (style.attributes['name'] ? [[style.attributes['name'], style] as const] : [])),
  );
  const body = toBlocks(childElements(paragraphs, 'para').map((para) => readPara(para, named)));
  return { script: { titlePage: [], body }, titlePage: readTitlePage(root, named) };
};

/** True when a text is Open Screenplay Format XML by its content (`<document type="Open Screenplay Format…">` or a `<document>` holding `<paragraphs>`). */
export const looksLikeOpenScreenplay = (source: string): boolean => {
  const head = source.slice(0, 4096);
  return /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<document[\s>]/.test(head) && /Open Screenplay Format|<paragraphs[\s>]|<info[\s>]/.test(head);
};
