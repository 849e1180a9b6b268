import type { PdfLine, PdfPage, PdfSegment, PdfTextItem } from './types.js';

/** Width of one character of the page's text: a screenplay is set in a monospaced 12 pt font (Courier: 0.6 em). */
export const charWidthOf = (items: readonly PdfTextItem[]): number => {
  const widths = items.filter((item) => item.text.length >= 3 && item.width > 0).map((item) => item.width / [...item.text].length);
  if (widths.length === 0) return (items[0]?.size ?? 12) * 0.6;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 7.2;
};

// Items whose baselines differ by less than this share of the font size sit on one line (superscripts, rounding).
const SAME_LINE = 0.35;
// A gap of more than this many characters starts a new segment: dual dialogue's two columns, a margin's scene number.
const SEGMENT_GAP = 3;

const joinSegment = (items: readonly PdfTextItem[], charWidth: number): PdfSegment => {
  let text = '';
  let endX = items[0]?.x ?? 0;
  for (const item of items) {
    // Producers split words into runs (Chromium per word, some per glyph): a space only where the page shows one.
    if (text !== '' && item.x - endX > charWidth * 0.4 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    text += item.text;
    endX = Math.max(endX, item.x + item.width);
  }
  return { text: text.replace(/\s+/g, ' ').trim(), x: items[0]?.x ?? 0, endX };
};

/**
 * The page's text as lines top to bottom, each split into segments at wide gaps. Positions
 * stay in points so the reader can measure indents against the page's own margins.
 */
export const pageLines = (page: PdfPage, charWidth = charWidthOf(page.items)): PdfLine[] => {
  const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(item.y - first.y) < Math.max(item.size, first.size) * SAME_LINE) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const groups: PdfTextItem[][] = [];
    let endX = -Infinity;
    for (const item of row) {
      const group = groups.at(-1);
      if (group && item.x - endX <= charWidth * SEGMENT_GAP) group.push(item);
      else groups.push([item]);
      endX = Math.max(endX, item.x + item.width);
    }
    const segments = groups.map((group) => joinSegment(group, charWidth)).filter((segment) => segment.text !== '');
    return { page: page.number, y: row[0]?.y ?? 0, size: Math.max(...row.map((item) => item.size)), segments };
  }).filter((line) => line.segments.length > 0);
};
