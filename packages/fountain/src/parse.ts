import { createCaselessCueReader, isCaselessCueLine } from './caseless-cue.js';
import { isCueLine, parseCharacterCue } from './character-cue.js';
import { joinDoubleSpacedDialogue } from './double-spaced.js';
import { splitDualColumns } from './dual-columns.js';
import { isForcedShotHeading } from './forced-shot.js';
import { dropPageFurniture } from './page-furniture.js';
import { sceneDirection } from './scene-direction.js';
import { isSceneHeadingLine, parseSceneHeading } from './scene-heading.js';
import { readSourceLines, type SourceLine } from './source-lines.js';
import { readTitlePage } from './title-page.js';
import { isTransitionText } from './transition.js';
import type { CharacterElement, FountainElement, FountainScript } from './types.js';

const PAGE_BREAK = /^={3,}$/;
// A teleplay's structure, typed as plain lines by writers who do not use `#` sections.
const ACT_MARK =
  /^(?:COLD OPEN|TEASER|TAG|PROLOGUE|EPILOGUE|MAIN TITLES|SCENE [A-Z]{1,2}|(?:END OF )?(?:ACT (?:ONE|TWO|THREE|FOUR|FIVE|SIX|[0-9]{1,2}|[IVX]{1,4})|COLD OPEN|TEASER|TAG|SHOW|EPISODE))\.?$/;
const FORCED_HEADING = /^\.[\p{L}\p{N}]/u;
// An animation script's sequence, typed as a plain line: "SEQ 4 - THE FOREST", "SEQUENCE 2: THE WOOD", "SEQ. 12".
const SEQUENCE_MARK = /^SEQ(?:UENCE)?\.?\s*[0-9]{1,3}[A-Z]?(?:\s*[-–—:.]\s*\S.*)?$/u;

/** An element still collecting lines: an action paragraph or a run of dialogue. */
interface OpenBlock {
  type: 'action' | 'dialogue';
  lines: string[];
  line: number;
  notes: string[];
  forced: boolean;
  shot: boolean;
}

const withNotes = <T extends FountainElement>(element: T, notes: readonly string[]): T =>
  notes.length > 0 ? { ...element, notes: [...notes] } : element;

/**
 * Parses a Fountain screenplay (fountain.io/syntax) into its title page and a flat list
 * of typed elements. Total: any string parses; unknown shapes become action.
 *
 * @example
 * parseFountain('INT. KITCHEN - NIGHT\n\nANNA\n(quietly)\nStay.').elements.map((e) => e.type)
 * // ['scene_heading', 'character', 'parenthetical', 'dialogue']
 * @remarks One pass over the lines, O(n); a 120-page script parses in a few milliseconds.
 */
export const parseFountain = (source: string): FountainScript => {
  const read = readSourceLines(source);
  const { boneyard } = read;
  const { dropped: pageFurniture, revisionMarked } = dropPageFurniture(read.lines);
  const lines = splitDualColumns(read.lines);
  const { fields: titlePage, bodyStart } = readTitlePage(lines);
  const elements: FountainElement[] = [];
  let open: OpenBlock | null = null;
  let inDialogue = false;
  const caseless = createCaselessCueReader(lines, bodyStart);

  /** Whether the line at `index` (notes skipped) is blank or past the end. */
  const isBlankAt = (index: number): boolean => {
    let i = index;
    while (i < lines.length && lines[i]!.noteOnly) i += 1;
    // Two spaces keep a dialogue block together, so they are not a blank after a cue.
    return i >= lines.length || (lines[i]!.text !== '  ' && lines[i]!.text.trim() === '');
  };
  const blankBefore = (index: number): boolean => {
    let i = index - 1;
    while (i >= bodyStart && lines[i]!.noteOnly) i -= 1;
    return i < bodyStart || lines[i]!.text.trim() === '';
  };
  // "THE LAST LIGHTHOUSE" typed straight above "INT. LIGHTHOUSE - NIGHT": a line in capitals on its own is a title
  // (or a SUPER) over the heading, as nobody speaks a scene heading. Only a line that would otherwise be a cue counts,
  // so "She walks in." over a heading stays one paragraph of action, as Fountain reads it.
  const headingUnderCapitals = (index: number): boolean =>
    index - 1 >= bodyStart && !lines[index - 1]!.noteOnly && blankBefore(index - 1) && isCueLine(lines[index - 1]!.text.trim());
  const isHeadingAt = (index: number): boolean => {
    const trimmed = lines[index]?.text.trim() ?? '';
    return isSceneHeadingLine(trimmed) && (blankBefore(index) || headingUnderCapitals(index));
  };
  /** The next line with text after `index`, notes skipped. */
  const nextText = (index: number): string | undefined => {
    for (let i = index + 1; i < lines.length; i += 1) if (!lines[i]!.noteOnly && lines[i]!.text.trim() !== '') return lines[i]!.text;
    return undefined;
  };
  /** The action paragraph just before the current line, closed by the blank line above it. */
  const previousAction = (): string | undefined => {
    const last = open === null ? elements.at(-1) : undefined;
    return last?.type === 'action' ? last.text : undefined;
  };
  // The loop reads the block through a call: TypeScript does not see closures assign it.
  const currentBlock = (): OpenBlock | null => open;
  const close = () => {
    if (!open) return;
    const text = open.lines.join('\n');
    elements.push(
      withNotes(
        open.type === 'action'
          ? { type: 'action', text, forced: open.forced, ...(open.shot ? { shot: true as const } : {}), line: open.line }
          : { type: 'dialogue', text, line: open.line },
        open.notes,
      ),
    );
    open = null;
  };
  const extend = (type: OpenBlock['type'], text: string, source: SourceLine, forced = false, shot = false) => {
    // A shot line opens its own paragraph: the action under it is what happens in frame.
    if (open?.type !== type || shot) {
      close();
      open = { type, lines: [], line: source.line, notes: [], forced, shot };
    }
    open.lines.push(text);
    open.notes.push(...source.notes);
  };
  const push = (element: FountainElement, source: SourceLine) => {
    close();
    elements.push(withNotes(element, source.notes));
  };

  for (let index = bodyStart; index < lines.length; index += 1) {
    const source = lines[index]!;
    const { text: raw, line } = source;
    const trimmed = raw.trim();

    if (source.noteOnly) {
      const block = currentBlock();
      if (block) block.notes.push(...source.notes);
      else if (inDialogue && elements.length > 0) {
        const last = elements[elements.length - 1]!;
        last.notes = [...(last.notes ?? []), ...source.notes];
      } else elements.push({ type: 'note', text: source.notes.join('\n'), line });
      continue;
    }

    if (inDialogue) {
      if (raw === '  ') extend('dialogue', '', source);
      else if (trimmed === '') {
        close();
        inDialogue = false;
      } else if (trimmed.startsWith('~')) push({ type: 'lyrics', text: trimmed.slice(1).trim(), line }, source);
      // Japanese and Chinese scripts write a parenthetical in full-width brackets: （小声で）.
      else if ((trimmed.startsWith('(') && trimmed.endsWith(')')) || (trimmed.startsWith('（') && trimmed.endsWith('）'))) push({ type: 'parenthetical', text: trimmed, line }, source);
      else extend('dialogue', trimmed, source);
      continue;
    }

    if (trimmed === '') {
      close();
    } else if (trimmed.startsWith('!!') && trimmed.length > 2) {
      extend('action', trimmed.slice(2).trimStart(), source, true, true);
    } else if (trimmed.startsWith('!')) {
      extend('action', raw.trimEnd().replace('!', ''), source, true);
    } else if (trimmed.startsWith('@') && trimmed.length > 1 && !isBlankAt(index + 1)) {
      pushCue(trimmed, source);
    } else if (trimmed.startsWith('~')) {
      push({ type: 'lyrics', text: trimmed.slice(1).trim(), line }, source);
    } else if (PAGE_BREAK.test(trimmed)) {
      push({ type: 'page_break', line }, source);
    } else if (trimmed.startsWith('#')) {
      const depth = /^#+/.exec(trimmed)![0].length;
      push({ type: 'section', text: trimmed.slice(depth).trim(), depth, line }, source);
    } else if (trimmed.startsWith('=')) {
      push({ type: 'synopsis', text: trimmed.slice(1).trim(), line }, source);
    } else if (FORCED_HEADING.test(trimmed) && isForcedShotHeading(trimmed, previousAction(), nextText(index))) {
      extend('action', trimmed.slice(1).trim(), source, true, true);
    } else if (FORCED_HEADING.test(trimmed) || isHeadingAt(index)) {
      push({ type: 'scene_heading', ...parseSceneHeading(trimmed), forced: trimmed.startsWith('.'), line }, source);
    } else if (trimmed.length > 2 && trimmed.startsWith('>') && trimmed.endsWith('<')) {
      push({ type: 'centered', text: trimmed.slice(1, -1).trim(), line }, source);
    } else if (trimmed.startsWith('>')) {
      push({ type: 'transition', text: trimmed.slice(1).trim(), forced: true, line }, source);
    } else if (isTransitionText(trimmed) && blankBefore(index) && isBlankAt(index + 1)) {
      push({ type: 'transition', text: trimmed, forced: false, line }, source);
    } else if ((ACT_MARK.test(trimmed) || SEQUENCE_MARK.test(trimmed)) && blankBefore(index) && isBlankAt(index + 1)) {
      push({ type: 'section', text: trimmed, depth: 1, line }, source);
    } else if (blankBefore(index) && sceneDirection(trimmed) !== null) {
      // INTERCUT WITH:, BACK TO SCENE, END INTERCUT…: printed like transitions, never a cue.
      push({ type: 'transition', text: trimmed, forced: false, line }, source);
    } else if (blankBefore(index) && !isBlankAt(index + 1) && !isHeadingAt(index + 1) && isCueLine(trimmed) && (!isCaselessCueLine(trimmed) || caseless.isCueAt(index, trimmed))) {
      pushCue(trimmed, source);
    } else if (caseless.isCueUnderAction(index)) {
      pushCue(trimmed, source);
    } else {
      extend('action', raw.trimEnd(), source);
    }
  }
  close();
  return { titlePage, elements: joinDoubleSpacedDialogue(elements), boneyard, pageFurniture, revisionMarked };

  function pushCue(trimmed: string, source: SourceLine) {
    const cue = parseCharacterCue(trimmed);
    const element: CharacterElement = {
      type: 'character',
      text: cue.text,
      name: cue.name,
      extensions: cue.extensions,
      forced: cue.forced,
      line: source.line,
    };
    if (cue.dual) {
      element.dual = 'right';
      const partner = findDualPartner(elements);
      if (partner) partner.dual = 'left';
    }
    push(element, source);
    inDialogue = true;
  }
};

/** The cue of the dialogue block just before a `^` cue, if nothing else came between. */
const findDualPartner = (elements: FountainElement[]): CharacterElement | undefined => {
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const element = elements[i]!;
    if (element.type === 'character') return element.dual === undefined ? element : undefined;
    if (element.type !== 'dialogue' && element.type !== 'parenthetical' && element.type !== 'lyrics' && element.type !== 'note') {
      return undefined;
    }
  }
  return undefined;
};
