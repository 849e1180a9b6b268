import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { FinalDraftError } from './errors.js';

/**
 * Most characters of XML one import reads. Final Draft writes about 4 KB of XML per page,
 * so a 300-page script is some 1.2 MB; beyond this the source is refused, not truncated.
 */
export const MAX_FINAL_DRAFT_CHARS = 5_000_000;

/** An XML element as the reader hands it on: attributes decoded, children in document order. */
export interface XmlElement {
  tag: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

// fast-xml-parser's ordered output: `{ [tag]: children, ':@'?: attributes }` or `{ '#text': text }`.
const orderedEntry = z.record(z.string(), z.union([z.array(z.unknown()), z.string(), z.record(z.string(), z.string())]));

// Entities are decoded here, in one pass, rather than by the parser: only the five XML
// entities and character references exist in a Final Draft file, and nothing expands.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const codePoint = (value: number): string => (value <= 0x10ffff && (value < 0xd800 || value > 0xdfff) ? String.fromCodePoint(value) : '\uFFFD');
export const decodeEntities = (text: string): string =>
  text.includes('&')
    ? text.replace(ENTITY, (_, name: string | undefined, decimal: string | undefined, hex: string | undefined) =>
        name ? NAMED[name]! : codePoint(decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16)),
      )
    : text;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 64,
});

const toNodes = (entries: unknown[]): XmlNode[] =>
  entries.flatMap((raw): XmlNode[] => {
    const entry = orderedEntry.parse(raw);
    if (typeof entry['#text'] === 'string') return [{ text: decodeEntities(entry['#text']) }];
    const attributes = Object.fromEntries(Object.entries((entry[':@'] as Record<string, string> | undefined) ?? {}).map(([key, value]) => [key, decodeEntities(value)]));
    const tag = Object.keys(entry).find((key) => key !== ':@');
    const children = tag === undefined ? undefined : entry[tag];
    return tag === undefined || !Array.isArray(children) ? [] : [{ tag, attributes, children: toNodes(children) }];
  });

/**
 * Reads XML into elements. Refused: a source over `maxChars` ({@link MAX_FINAL_DRAFT_CHARS}), any
 * document type declaration (the only way to declare entities, hence "billion laughs";
 * Final Draft never writes one), and text that is not well-formed XML.
 */
export const readXml = (source: string, maxChars = MAX_FINAL_DRAFT_CHARS): XmlElement[] => {
  if (source.length > maxChars) {
    throw new FinalDraftError('too_large', `The file has ${source.length} characters; at most ${maxChars} are read.`);
  }
  const doctype = /<!(?:DOCTYPE|ENTITY)\b/i.exec(source);
  if (doctype) {
    const line = source.slice(0, doctype.index).split('\n').length;
    throw new FinalDraftError('doctype_refused', 'The XML declares a document type or entities, which a Final Draft file never does; it is not read.', line);
  }
  const text = source.replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) throw new FinalDraftError('not_xml', 'The file is not XML, as a Final Draft (.fdx) file is; a Fountain screenplay imports with format "fountain".', 1);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new FinalDraftError('not_xml', `The file is not well-formed XML: ${valid.err.msg}`, valid.err.line);
  try {
    return toNodes(parser.parse(text) as unknown[]).filter((node): node is XmlElement => 'tag' in node);
  } catch (error) {
    // Well-formed, yet refused by the reader (nesting past 64 levels, a shape it does not know): still not a script.
    throw new FinalDraftError('not_xml', `The XML cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
};

export const isElement = (node: XmlNode): node is XmlElement => 'tag' in node;
export const childElements = (element: XmlElement, tag?: string): XmlElement[] =>
  element.children.filter((node): node is XmlElement => isElement(node) && (tag === undefined || node.tag === tag));
