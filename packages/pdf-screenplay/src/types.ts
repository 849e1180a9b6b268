/** A run of text as the PDF places it, in points from the page's top-left corner (y is the baseline). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size in points (the text matrix's vertical scale). */
  size: number;
}

/** One page of a PDF: its size in points and its text, in content order. */
export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** Text items on one baseline, joined left to right; a wide gap splits it into segments (dual dialogue, margin numbers). */
export interface PdfSegment {
  text: string;
  x: number;
  endX: number;
}

export interface PdfLine {
  page: number;
  y: number;
  size: number;
  segments: PdfSegment[];
}
