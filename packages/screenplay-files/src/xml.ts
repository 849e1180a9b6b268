import { FinalDraftError, readXml, type XmlElement, type XmlNode } from '@pc/final-draft';
import { ScreenplayFileError } from './errors.js';

/**
 * Reads a screenplay file's XML with Final Draft's hardened reader (no DOCTYPE, no entity
 * expansion, nesting capped) and says what went wrong in terms of the user's file.
 */
export const readFileXml = (source: string, application: string, maxChars: number): XmlElement[] => {
  try {
    return readXml(source, maxChars);
  } catch (error) {
    if (!(error instanceof FinalDraftError)) throw error;
    if (error.code === 'doctype_refused') throw new ScreenplayFileError('doctype_refused', `The ${application} XML declares a document type or entities, which ${application} never writes; it is not read.`);
    if (error.code === 'too_large') throw new ScreenplayFileError('too_large', `The ${application} XML has ${source.length} characters; at most ${maxChars} are read.`);
    throw new ScreenplayFileError('not_xml', `The ${application} XML cannot be read: ${error.message}${error.line === undefined ? '' : ` (line ${error.line})`}`);
  }
};

/** The text under an element, depth first (for a `<text>`, its characters). */
export const textOf = (element: XmlElement): string => element.children.map((node: XmlNode) => ('text' in node ? node.text : textOf(node))).join('');
