import { isCueLine, isSceneHeadingLine, isTransitionText, type TitlePageField } from '@pc/fountain';
import type { DialogueBlock, ScriptBlock } from './blocks.js';

/** Fountain written from a PDF, and where each block of it came from. */
export interface MappedFountain {
  fountain: string;
  /** The 1-based Fountain line each block starts on, and its PDF page, in order. */
  places: { line: number; page: number }[];
}

// A line Fountain would read as something else unless forced: markup at its start.
const FOUNTAIN_MARKUP = /^(?:[!@.~=#>]|\[\[)/;

const actionLines = (lines: readonly string[]): string[] => {
  const text = lines.join(' ');
  const forced = isSceneHeadingLine(text) || isTransitionText(text) || FOUNTAIN_MARKUP.test(text) || (isCueLine(text) && lines.length > 1);
  return [forced ? `!${text}` : text];
};

const dialogueLines = (block: DialogueBlock): string[] => {
  const cue = isCueLine(block.cue) ? block.cue : `@${block.cue}`;
  const parts = block.parts.map((part) => (part.kind === 'parenthetical' && !part.text.startsWith('(') ? `(${part.text})` : part.text));
  return [block.dual === 'right' ? `${cue} ^` : cue, ...parts];
};

const blockLines = (block: ScriptBlock): string[] => {
  switch (block.type) {
    case 'heading': {
      const heading = isSceneHeadingLine(block.text) ? block.text : `.${block.text}`;
      return [block.number === '' ? heading : `${heading} #${block.number}#`];
    }
    case 'action':
      return actionLines(block.lines);
    case 'dialogue':
      return dialogueLines(block);
    case 'transition':
      return [isTransitionText(block.text) ? block.text : `> ${block.text}`];
    case 'centered':
      return [`>${block.text}<`];
  }
};

const titlePageLines = (fields: readonly TitlePageField[]): string[] =>
  fields.flatMap(({ key, value }) => {
    const [first = '', ...rest] = value.split('\n');
    return rest.length === 0 ? [`${key}: ${first}`] : [`${key}:`, ...[first, ...rest].map((line) => `   ${line}`)];
  });

/**
 * Writes the blocks as Fountain that packages/screenplay reads back as the same elements:
 * a wrapped paragraph on one line, markup forced (`.`, `@`, `!`, `>`) where Fountain would
 * read the text otherwise, dual dialogue's second cue marked `^`.
 */
export const writeFountain = (titlePage: readonly TitlePageField[], blocks: readonly ScriptBlock[]): MappedFountain => {
  const out: string[] = [];
  const places: MappedFountain['places'] = [];
  if (titlePage.length > 0) out.push(...titlePageLines(titlePage), '');
  for (const block of blocks) {
    places.push({ line: out.length + 1, page: block.page });
    out.push(...blockLines(block), '');
  }
  return { fountain: out.join('\n'), places };
};
