import { childElements, type XmlElement } from '@pc/final-draft';

/**
 * Screenplay paragraph style names, as Word templates name them, to the Final Draft types the
 * Fountain writer knows. Keys are the name lower-cased with everything but letters removed, so
 * "Scene Heading", "SCENE HEADING" and "Scene_Heading" meet. English, French, German, Spanish,
 * Italian and Portuguese template names.
 */
const STYLE_TYPES: Record<string, string> = {
  // English
  sceneheading: 'Scene Heading',
  scenehead: 'Scene Heading',
  slugline: 'Scene Heading',
  slug: 'Scene Heading',
  action: 'Action',
  description: 'Action',
  general: 'Action',
  character: 'Character',
  charactername: 'Character',
  charactercue: 'Character',
  dialogue: 'Dialogue',
  dialog: 'Dialogue',
  parenthetical: 'Parenthetical',
  parentheticals: 'Parenthetical',
  paren: 'Parenthetical',
  wryly: 'Parenthetical',
  transition: 'Transition',
  shot: 'Shot',
  lyrics: 'Lyrics',
  // French
  entêtedescène: 'Scene Heading',
  intitulédescène: 'Scene Heading',
  titredescène: 'Scene Heading',
  didascalie: 'Parenthetical',
  personnage: 'Character',
  dialogues: 'Dialogue',
  plan: 'Shot',
  // German
  szenenüberschrift: 'Scene Heading',
  szenenkopf: 'Scene Heading',
  handlung: 'Action',
  figur: 'Character',
  rolle: 'Character',
  regieanweisung: 'Parenthetical',
  übergang: 'Transition',
  einstellung: 'Shot',
  // Spanish
  encabezadodeescena: 'Scene Heading',
  encabezado: 'Scene Heading',
  acción: 'Action',
  personaje: 'Character',
  diálogo: 'Dialogue',
  acotación: 'Parenthetical',
  transición: 'Transition',
  plano: 'Shot',
  // Italian
  intestazionediscena: 'Scene Heading',
  azione: 'Action',
  personaggio: 'Character',
  dialogo: 'Dialogue',
  // Portuguese
  cabeçalhodecena: 'Scene Heading',
  ação: 'Action',
  personagem: 'Character',
  rubrica: 'Parenthetical',
  transição: 'Transition',
};

const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}]/gu, '');

/** The screenplay type a style name says, or undefined for a name no template uses (Normal, Body Text…). */
export const typeOfStyleName = (name: string): string | undefined => {
  const normalised = key(name);
  if (STYLE_TYPES[normalised]) return STYLE_TYPES[normalised];
  // "Screenplay - Character", "SP Dialogue", "Script Scene Heading": a template's prefix before a known name.
  const suffix = Object.keys(STYLE_TYPES).find((known) => known.length >= 5 && normalised.endsWith(known));
  return suffix ? STYLE_TYPES[suffix] : undefined;
};

/** What a paragraph style gives its paragraphs: a screenplay type by name, and the indent and alignment it sets. */
export interface WordStyle {
  type?: string;
  indent?: number;
  alignment?: string;
  caps?: boolean;
}

/** A `w:` attribute, and the first `w:` child of a tag: the two reads everything in a Word part needs. */
export const attribute = (element: XmlElement | undefined, name: string): string | undefined => element?.attributes[`w:${name}`];
export const first = (element: XmlElement | undefined, tag: string): XmlElement | undefined => (element ? childElements(element, tag)[0] : undefined);

/** A `w:pPr`'s left indent in twips (`w:left`, or `w:start` in newer files), net of a hanging indent. */
export const indentOf = (pPr: XmlElement | undefined): number | undefined => {
  const ind = first(pPr, 'w:ind');
  const left = attribute(ind, 'left') ?? attribute(ind, 'start');
  if (left === undefined) return undefined;
  const value = Number.parseInt(left, 10) - Number.parseInt(attribute(ind, 'hanging') ?? '0', 10);
  return Number.isFinite(value) ? value : undefined;
};
export const alignmentOf = (pPr: XmlElement | undefined): string | undefined => attribute(first(pPr, 'w:jc'), 'val');
const capsOf = (rPr: XmlElement | undefined): boolean | undefined => {
  const caps = first(rPr, 'w:caps');
  return caps ? !/^(?:0|false|off)$/i.test(attribute(caps, 'val') ?? 'true') : undefined;
};
export { capsOf };

/**
 * Reads `word/styles.xml` into paragraph styles by id, each resolved through its `basedOn`
 * chain: a "Dialogue (cont)" based on "Dialogue" is dialogue; indents and alignment inherit.
 */
export const readWordStyles = (root: XmlElement | undefined): Map<string, WordStyle> => {
  const raw = new Map<string, { name: string; basedOn?: string; indent?: number; alignment?: string; caps?: boolean }>();
  for (const style of root ? childElements(root, 'w:style') : []) {
    const id = attribute(style, 'styleId');
    if (!id || attribute(style, 'type') !== 'paragraph') continue;
    const pPr = first(style, 'w:pPr');
    const indent = indentOf(pPr);
    const alignment = alignmentOf(pPr);
    const caps = capsOf(first(style, 'w:rPr'));
    const basedOn = attribute(first(style, 'w:basedOn'), 'val');
    raw.set(id, { name: attribute(first(style, 'w:name'), 'val') ?? id, ...(basedOn ? { basedOn } : {}), ...(indent === undefined ? {} : { indent }), ...(alignment ? { alignment } : {}), ...(caps === undefined ? {} : { caps }) });
  }
  const resolved = new Map<string, WordStyle>();
  for (const id of raw.keys()) {
    const style: WordStyle = {};
    // Nearest first: a style's own setting wins over its base's; the chain is cut at 16 against loops.
    for (let current = raw.get(id), depth = 0; current && depth < 16; current = current.basedOn ? raw.get(current.basedOn) : undefined, depth += 1) {
      style.type ??= typeOfStyleName(current.name);
      if (style.indent === undefined && current.indent !== undefined) style.indent = current.indent;
      style.alignment ??= current.alignment;
      if (style.caps === undefined && current.caps !== undefined) style.caps = current.caps;
    }
    resolved.set(id, style);
  }
  return resolved;
};
