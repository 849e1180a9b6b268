import { isSceneHeadingLine, parseCharacterCue, type TitlePageField } from '@pc/fountain';
import type { ActionBlock, DialogueBlock, DialoguePart, ScriptBlock } from './blocks.js';
import { columnOf } from './columns.js';
import { pageContent, type PageContent } from './furniture.js';
import { charWidthOf, pageLines } from './lines.js';
import { readTitlePage, titlePageLine } from './title-page.js';
import type { PdfLine, PdfPage } from './types.js';

/** A PDF screenplay as elements: the title page's fields and the script's blocks, each with its page. */
export interface PdfScript {
  titlePage: TitlePageField[];
  blocks: ScriptBlock[];
}

interface PageLayout {
  page: PdfPage;
  content: PageContent;
  charWidth: number;
  /** x of the page's action edge, in points. */
  edge: number;
}

const textOf = (line: PdfLine): string => line.segments.map((segment) => segment.text).join(' ');
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Baseline to baseline of single-spaced text: 12 pt for Courier 12, whatever the producer's leading. */
const lineStepOf = (layouts: readonly PageLayout[]): number => {
  const steps: number[] = [];
  for (const { content } of layouts) {
    content.lines.forEach((line, index) => {
      const next = content.lines[index + 1];
      if (next && next.y > line.y) steps.push(next.y - line.y);
    });
  }
  return steps.length > 0 ? Math.min(...steps.filter((step) => step > 2)) : 12;
};

const isUpper = (text: string): boolean => /\p{Lu}/u.test(text) && text === text.toUpperCase();
const isCue = (text: string): boolean => isUpper(text.replace(/\([^)]*\)/g, '')) && !/[.!?:]$/.test(text.replace(/\s*\([^)]*\)$/, '')) && text.length <= 60;

/**
 * The leftmost x at which two lines or more start (within half a character): action and
 * headings share it, while a long centred line (a SUPER) or a stray mark does not.
 */
const leftEdge = (lines: readonly PdfLine[], charWidth: number): number => {
  const starts = lines.map((line) => line.segments[0]?.x ?? Infinity).sort((a, b) => a - b);
  const shared = starts.find((x, index) => Math.abs((starts[index + 1] ?? Infinity) - x) < charWidth / 2);
  return shared ?? starts[0] ?? Infinity;
};

/**
 * Each page's left text edge. Most pages have action or a heading at the edge; a page of
 * dialogue alone has none, and takes the edge the script's other pages share.
 */
const layoutPages = (pages: readonly PdfPage[]): PageLayout[] => {
  const layouts = pages.map((page) => {
    const charWidth = charWidthOf(page.items);
    const content = pageContent(pageLines(page, charWidth));
    const edge = leftEdge(content.lines, charWidth);
    return { page, content, charWidth, edge };
  });
  const shared = median(layouts.filter((layout) => layout.content.lines.length >= 5).map((layout) => layout.edge));
  return layouts.map((layout) => (Number.isFinite(shared) && layout.edge > shared + layout.charWidth * 2 ? { ...layout, edge: shared } : layout));
};

/** Page 1 is a title page when it has no scene heading and no speech, and its lines are mostly centred. */
const isTitlePage = (layout: PageLayout): boolean => {
  const lines = layout.content.lines;
  if (lines.length === 0 || lines.length > 30) return false;
  if (lines.some((line) => isSceneHeadingLine(textOf(line)) || layout.content.sceneNumbers.has(line))) return false;
  const centred = lines.filter((line) => titlePageLine(line, layout.page.width, false).place === 'center').length;
  return centred * 2 >= lines.length;
};

const addPart = (block: DialogueBlock, kind: DialoguePart['kind'], text: string): void => {
  const last = block.parts.at(-1);
  // A parenthetical wraps until its ")"; dialogue wraps until something else starts.
  if (last && last.kind === 'parenthetical' && !last.text.endsWith(')')) last.text += ` ${text}`;
  else if (last && last.kind === kind && kind === 'dialogue') last.text += ` ${text}`;
  else block.parts.push({ kind, text });
};

/** Two speeches side by side: the line of two cues, then lines until a blank, split where the right cue starts. */
const readDual = (lines: readonly PdfLine[], start: number, step: number, page: number): { blocks: DialogueBlock[]; next: number } | null => {
  const head = lines[start];
  if (!head || head.segments.length !== 2 || !head.segments.every((segment) => isCue(segment.text))) return null;
  // The right column's speech starts left of its cue, but right of where the left cue ends.
  const split = head.segments[0]?.endX ?? 0;
  const left: DialogueBlock = { type: 'dialogue', cue: head.segments[0]?.text ?? '', parts: [], page, dual: 'left' };
  const right: DialogueBlock = { type: 'dialogue', cue: head.segments[1]?.text ?? '', parts: [], page, dual: 'right' };
  let index = start + 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    const previous = lines[index - 1];
    if (!line || !previous || line.y - previous.y > step * 1.5) break;
    for (const segment of line.segments) {
      const side = segment.x > split ? right : left;
      addPart(side, segment.text.startsWith('(') ? 'parenthetical' : 'dialogue', segment.text);
    }
  }
  return { blocks: [left, right], next: index };
};

/** The next line, with no blank between, is dialogue or a parenthetical: the line above is a cue, whatever its case (`McCLANE`). */
const speechFollows = (layout: PageLayout, lines: readonly PdfLine[], index: number, step: number): boolean => {
  const line = lines[index];
  const next = lines[index + 1];
  if (!line || !next || next.y - line.y > step * 1.5) return false;
  const column = columnOf(((next.segments[0]?.x ?? 0) - layout.edge) / layout.charWidth);
  return column === 'dialogue' || column === 'parenthetical';
};

const sameSpeaker = (a: string, b: string): boolean => parseCharacterCue(a).name === parseCharacterCue(b).name;

// A slug without INT./EXT.: "FLASHBACK - NORA AT SEVEN", "MONTAGE -- THE CITY WAKES".
const SLUG = /^[^a-z:"“”]+\s(?:-{1,2}|–|—)\s[^a-z:"“”]+$/u;

/** What a block turns out to be once the lines after it are read. */
const settle = (block: ScriptBlock): ScriptBlock => {
  // A cue with nothing under it was a centred line of action (THE END), not a speaker.
  if (block.type === 'dialogue' && block.parts.length === 0) return { type: 'centered', text: block.cue, page: block.page };
  // A one-line paragraph of capitals cut by a dash, on its own, is a heading Fountain would force with `.`.
  const only = block.type === 'action' && block.lines.length === 1 ? block.lines[0] : undefined;
  if (only !== undefined && SLUG.test(only) && /\p{Lu}/u.test(only) && !only.endsWith(':')) return { type: 'heading', text: only, number: '', page: block.page };
  return block;
};

/**
 * Reads a PDF's pages as a screenplay reader does: by where each line starts relative to the
 * page's own left text edge (so A4, Letter and a writer's own margins read alike), with the
 * page furniture gone and a speech split by `(MORE)` / `(CONT'D)` joined again.
 */
export const readScript = (pages: readonly PdfPage[]): PdfScript => {
  const layouts = layoutPages(pages);
  const step = lineStepOf(layouts);
  const first = layouts[0];
  let titlePage: TitlePageField[] = [];
  let body = layouts;
  if (first && layouts.length > 1 && isTitlePage(first)) {
    const lines = first.content.lines;
    // A bottom line can hold the contact (left) and the draft date (right): each segment is read on its own.
    titlePage = readTitlePage(
      lines.flatMap((line, index) => line.segments.map((segment, part) => titlePageLine({ ...line, segments: [segment] }, first.page.width, part === 0 && index > 0 && line.y - (lines[index - 1]?.y ?? 0) > step * 1.5))),
    );
    body = layouts.slice(1);
  }

  const blocks: ScriptBlock[] = [];
  let carried = false; // the last page ended on (MORE): its speech goes on
  for (const layout of body) {
    const { lines, sceneNumbers } = layout.content;
    const pageNumber = layout.page.number;
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index];
      if (!line) continue;
      const previous = lines[index - 1];
      const gap = previous === undefined || line.y - previous.y > step * 1.5;
      const text = textOf(line);
      const indent = ((line.segments[0]?.x ?? 0) - layout.edge) / layout.charWidth;
      const column = columnOf(indent);
      const last = blocks.at(-1);
      const number = sceneNumbers.get(line);

      if (column !== 'action' && column !== 'transition') {
        const dual = readDual(lines, index, step, pageNumber);
        if (dual) {
          blocks.push(...dual.blocks);
          index = dual.next - 1;
          carried = false;
          continue;
        }
      }
      if (number !== undefined || (column === 'action' && isSceneHeadingLine(text))) {
        blocks.push({ type: 'heading', text, number: number ?? '', page: pageNumber });
      } else if (column === 'action') {
        if (last?.type === 'action' && !gap) last.lines.push(text);
        else blocks.push({ type: 'action', lines: [text], page: pageNumber } satisfies ActionBlock);
      } else if (column === 'cue' && !text.startsWith('(') && (isCue(text) || speechFollows(layout, lines, index, step))) {
        // The page after a (MORE) repeats the cue with (CONT'D): the same speech, not a new one.
        if (carried && index === 0 && last?.type === 'dialogue' && sameSpeaker(last.cue, text)) {
          carried = false;
          continue;
        }
        blocks.push({ type: 'dialogue', cue: text, parts: [], page: pageNumber });
      } else if (column === 'transition' && isUpper(text)) {
        blocks.push({ type: 'transition', text, page: pageNumber });
      } else if (last?.type === 'dialogue' && (!gap || (carried && index === 0))) {
        addPart(last, text.startsWith('(') || (column === 'parenthetical' && last.parts.at(-1)?.kind === 'parenthetical') ? 'parenthetical' : 'dialogue', text);
      } else if (column === 'cue') {
        blocks.push({ type: 'centered', text, page: pageNumber });
      } else if (last?.type === 'action' && !gap) {
        last.lines.push(text);
      } else {
        blocks.push({ type: 'action', lines: [text], page: pageNumber });
      }
      carried = false;
    }
    carried = layout.content.more;
  }
  return { titlePage, blocks: blocks.map(settle) };
};
