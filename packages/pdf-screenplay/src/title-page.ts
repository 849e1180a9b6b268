import type { TitlePageField } from '@pc/fountain';
import type { PdfLine } from './types.js';

/** A title page's lines: centred ones read in order, the others by the corner they sit in. */
export interface TitlePageLine {
  text: string;
  /** Where the line sits across the page. */
  place: 'center' | 'left' | 'right';
  /** A blank line (or more) stands between this line and the one before. */
  gapBefore: boolean;
}

const CREDIT = /^(?:(?:original\s+)?(?:screenplay|teleplay|story|script|written)(?:\s+and\s+\w+)?(?:\s+by)?|by)$/i;
const SOURCE = /^(?:based\s+on|adapted\s+from|inspired\s+by|(?:from\s+a\s+)?story\s+by\s+\S)/i;
const DRAFT = /\b(?:draft|revis|rev\.)|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(?:19|20)\d{2}\b/i;

/** Lines that stand together (no blank between them) as one group. */
const groups = (lines: readonly TitlePageLine[]): TitlePageLine[][] => {
  const result: TitlePageLine[][] = [];
  for (const line of lines) {
    const group = result.at(-1);
    const previous = group?.at(-1);
    // Lines of one corner stand together; the contact's last line shares a row with the draft date.
    if (group && previous && !line.gapBefore && group[0]?.place === line.place && previous.place === line.place) group.push(line);
    else result.push([line]);
  }
  return result;
};

/**
 * Fountain title page keys from a printed title page: the first centred group is the title,
 * `Written by` (or `Screenplay by`…) a credit and the group after it the author, `Based on…`
 * the source; a group in the bottom-left corner is the contact, a date or draft the draft date.
 */
export const readTitlePage = (lines: readonly TitlePageLine[]): TitlePageField[] => {
  const fields: TitlePageField[] = [];
  const add = (key: string, value: string): void => {
    const existing = fields.find((field) => field.key === key);
    if (existing) existing.value += `\n${value}`;
    else fields.push({ key, value });
  };
  let expectAuthor = false;
  for (const group of groups(lines)) {
    const text = group.map((line) => line.text).join('\n');
    const place = group[0]?.place ?? 'center';
    if (place === 'left') add('Contact', text);
    else if (place === 'right') add(DRAFT.test(text) ? 'Draft date' : 'Notes', text);
    else if (!fields.some((field) => field.key === 'Title')) add('Title', text);
    else if (CREDIT.test(text)) {
      add('Credit', text);
      expectAuthor = true;
      continue;
    } else if (expectAuthor) add('Author', text);
    else if (SOURCE.test(text)) add('Source', text);
    else if (DRAFT.test(text)) add('Draft date', text);
    else add('Notes', text);
    expectAuthor = false;
  }
  return fields;
};

/** Where a line sits: centred within ~0.6" of the page's middle, else by which half it starts in. */
export const titlePageLine = (line: PdfLine, pageWidth: number, gapBefore: boolean): TitlePageLine => {
  const first = line.segments[0];
  const last = line.segments.at(-1);
  const text = line.segments.map((segment) => segment.text).join(' ');
  const start = first?.x ?? 0;
  const end = last?.endX ?? 0;
  const middle = (start + end) / 2;
  const place = Math.abs(middle - pageWidth / 2) < 43 ? 'center' : start < pageWidth / 2 ? 'left' : 'right';
  return { text, place, gapBefore };
};
