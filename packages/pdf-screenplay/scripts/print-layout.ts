import { parseFountain, stripEmphasis, type FountainElement, type TitlePageField } from '@pc/fountain';

/**
 * Lays a Fountain script out on pages as screenplay software prints it, in characters of a
 * monospaced 12 pt font from the action's left edge (10 to the inch): dialogue at +10,
 * parenthetical +16, cue +22, transitions right-aligned to +60, scene numbers in both margins,
 * `(MORE)` / `(CONT'D)` where a speech runs over a page, `CONTINUED:` for a shooting script.
 * The fixture generator draws these rows with two PDF producers (pdf-lib, Chromium's print).
 */

export interface Cell {
  text: string;
  /** Characters right of the action edge (negative: the left margin). */
  col: number;
}
export type Row = Cell[];

export interface PrintedPage {
  /** Above the top margin: page number, CONTINUED:. */
  header: Row[];
  rows: Row[];
}

export interface PrintOptions {
  linesPerPage: number;
  sceneNumbers: boolean;
  /** A shooting script's CONTINUED: / (CONTINUED) when a scene runs over a page. */
  continueds: boolean;
  /** Marks every third action line as revised (`*` in the right margin). */
  revisionMarks: boolean;
  titlePage: boolean;
}

const wrap = (text: string, width: number): string[] => {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
};

interface Block {
  rows: Row[];
  /** A speech: its cue, so a split can repeat it. */
  cue?: string;
  heading?: string;
  pageBreak?: boolean;
}

type Speech = { cue: string; lines: { kind: 'parenthetical' | 'dialogue'; text: string }[] };

const speechRows = (speech: Speech, cueCol: number, parenCol: number, dialogueCol: number, dialogueWidth: number): Row[] => [
  [{ text: speech.cue, col: cueCol }],
  ...speech.lines.flatMap(({ kind, text }) =>
    kind === 'parenthetical' ? wrap(text, Math.min(dialogueWidth, 25)).map((line) => [{ text: line, col: parenCol }]) : wrap(text, dialogueWidth).map((line) => [{ text: line, col: dialogueCol }]),
  ),
];

/** Two speeches side by side, row by row. */
const dualRows = (left: Speech, right: Speech): Row[] => {
  const a = speechRows(left, 9, 4, 0, 27);
  const b = speechRows(right, 40, 35, 31, 27);
  return Array.from({ length: Math.max(a.length, b.length) }, (_, index) => [...(a[index] ?? []), ...(b[index] ?? [])]);
};

const blocksOf = (elements: readonly FountainElement[], options: PrintOptions): Block[] => {
  const blocks: Block[] = [];
  let speech: (Speech & { dual?: 'left' | 'right' }) | null = null;
  let pendingLeft: Speech | null = null;
  let actionLine = 0;
  let heading = 0;
  const numbered = elements.some((element) => element.type === 'scene_heading' && element.sceneNumber !== '');
  const flush = (): void => {
    if (!speech) return;
    if (speech.dual === 'left') pendingLeft = speech;
    else if (speech.dual === 'right' && pendingLeft) {
      blocks.push({ rows: dualRows(pendingLeft, speech) });
      pendingLeft = null;
    } else blocks.push({ rows: speechRows(speech, 22, 16, 10, 35), cue: speech.cue });
    speech = null;
  };
  for (const element of elements) {
    if (element.type === 'parenthetical' || element.type === 'dialogue' || element.type === 'lyrics') {
      speech?.lines.push({ kind: element.type === 'parenthetical' ? 'parenthetical' : 'dialogue', text: stripEmphasis(element.text) });
      continue;
    }
    flush();
    switch (element.type) {
      case 'character':
        speech = { cue: element.text.replace(/\s*\^$/, ''), lines: [], ...(element.dual ? { dual: element.dual } : {}) };
        break;
      case 'scene_heading': {
        heading += 1;
        // A script locked for shooting numbers every scene: one without any number gets them in order.
        const number = options.sceneNumbers ? element.sceneNumber || (numbered ? '' : String(heading)) : '';
        const text = element.text;
        const row: Row = number ? [{ text: number, col: -7 }, { text, col: 0 }, { text: number, col: 63 }] : [{ text, col: 0 }];
        blocks.push({ rows: [row], heading: number });
        break;
      }
      case 'action':
        blocks.push({
          rows: wrap(stripEmphasis(element.text), 60).map((line) => {
            actionLine += 1;
            return options.revisionMarks && actionLine % 3 === 0 ? [{ text: line, col: 0 }, { text: '*', col: 64 }] : [{ text: line, col: 0 }];
          }),
        });
        break;
      case 'transition':
        blocks.push({ rows: [[{ text: element.text, col: 60 - element.text.length }]] });
        break;
      case 'centered':
        blocks.push({ rows: wrap(stripEmphasis(element.text), 60).map((line) => [{ text: line, col: 30 - Math.round(line.length / 2) }]) });
        break;
      case 'page_break':
        blocks.push({ rows: [], pageBreak: true });
        break;
      default:
        break; // sections, synopses and notes are not printed
    }
  }
  flush();
  return blocks;
};

const titlePageOf = (fields: readonly TitlePageField[], linesPerPage: number): PrintedPage => {
  const value = (key: string): string[] => fields.filter((field) => field.key.toLowerCase() === key).flatMap((field) => field.value.split('\n').map((line) => stripEmphasis(line).trim()).filter(Boolean));
  const centred = (text: string): Cell => ({ text, col: 30 - Math.round(text.length / 2) });
  const rows: Row[] = Array.from({ length: linesPerPage }, () => []);
  let row = Math.floor(linesPerPage / 3);
  for (const line of value('title')) rows[row++] = [centred(line)];
  row += 2;
  for (const line of value('credit')) rows[row++] = [centred(line)];
  row += 1;
  for (const line of value('author')) rows[row++] = [centred(line)];
  row += 2;
  for (const line of value('source')) rows[row++] = [centred(line)];
  const contact = value('contact');
  const draft = value('draft date');
  contact.forEach((line, index) => (rows[linesPerPage - contact.length + index] = [{ text: line, col: 0 }]));
  draft.forEach((line, index) => (rows[linesPerPage - draft.length + index] = [...(rows[linesPerPage - draft.length + index] ?? []), { text: line, col: 60 - line.length }]));
  return { header: [], rows };
};

/** The script's pages as rows of cells, title page first when asked and present. */
export const printScript = (source: string, options: PrintOptions): PrintedPage[] => {
  const script = parseFountain(source);
  const pages: PrintedPage[] = [];
  if (options.titlePage && script.titlePage.length > 0) pages.push(titlePageOf(script.titlePage, options.linesPerPage));
  let page: PrintedPage = { header: [], rows: [] };
  let scene = '';
  const newPage = (continuing: boolean): void => {
    if (continuing && options.continueds) page.rows.push([], [{ text: '(CONTINUED)', col: 49 }]);
    pages.push(page);
    const number = pages.length + (options.titlePage && script.titlePage.length > 0 ? 0 : 1);
    const header: Row = [{ text: `${number}.`, col: 62 - String(number).length }];
    page = { header: continuing && options.continueds ? [header, [...(scene ? [{ text: scene, col: -7 }] : []), { text: 'CONTINUED:', col: 0 }, ...(scene ? [{ text: scene, col: 63 }] : [])]] : [header], rows: [] };
  };
  // Two rows kept for the shooting script's foot: a blank and (CONTINUED).
  const room = (): number => options.linesPerPage - page.rows.length - (options.continueds ? 2 : 0);
  for (const block of blocksOf(script.elements, options)) {
    if (block.pageBreak) {
      newPage(false);
      continue;
    }
    const gap = page.rows.length === 0 ? 0 : 1;
    if (block.heading !== undefined) scene = block.heading;
    if (block.rows.length + gap <= room()) {
      if (gap) page.rows.push([]);
      page.rows.push(...block.rows);
      continue;
    }
    // A speech splits between lines, (MORE) under the first part and the cue again, (CONT'D), over the rest.
    const fits = room() - gap - 1;
    if (block.cue !== undefined && fits >= 2 && block.rows.length - fits >= 1) {
      if (gap) page.rows.push([]);
      page.rows.push(...block.rows.slice(0, fits), [{ text: '(MORE)', col: 22 }]);
      newPage(true);
      page.rows.push([{ text: `${block.cue.replace(/\s*\(CONT'D\)$/i, '')} (CONT'D)`, col: 22 }], ...block.rows.slice(fits));
      continue;
    }
    newPage(block.heading === undefined && page.rows.length > 0);
    page.rows.push(...block.rows);
  }
  pages.push(page);
  return pages;
};
