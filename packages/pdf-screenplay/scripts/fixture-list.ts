import type { PrintOptions } from './print-layout.js';

/** The PDF fixtures: which script of packages/fountain/fixtures, drawn by which producer, on which paper. */
export interface Paper {
  width: number;
  height: number;
  name: 'Letter' | 'A4';
}
const LETTER: Paper = { width: 612, height: 792, name: 'Letter' };
const A4: Paper = { width: 595.28, height: 841.89, name: 'A4' };

export interface Fixture {
  script: string;
  producer: 'pdf-lib' | 'chromium';
  paper: Paper;
  /** The action edge, in points from the page's left. */
  edge: number;
  font?: string;
  options: PrintOptions;
}

export const FIXTURES: Record<string, Fixture> = {
  'brick-and-steel-letter-pdflib': {
    script: 'brick-and-steel',
    producer: 'pdf-lib',
    paper: LETTER,
    edge: 108,
    options: { linesPerPage: 30, sceneNumbers: true, continueds: false, revisionMarks: false, titlePage: true },
  },
  'night-desk-teleplay-a4-chromium': {
    script: 'night-desk-teleplay',
    producer: 'chromium',
    paper: A4,
    edge: 86,
    font: 'Liberation Mono',
    options: { linesPerPage: 40, sceneNumbers: false, continueds: true, revisionMarks: true, titlePage: true },
  },
  'the-signal-box-letter-chromium': {
    script: 'the-signal-box-highland',
    producer: 'chromium',
    paper: LETTER,
    edge: 90,
    font: 'DejaVu Sans Mono',
    options: { linesPerPage: 29, sceneNumbers: true, continueds: false, revisionMarks: false, titlePage: true },
  },
  'writers-draft-a4-pdflib': {
    script: 'writers-draft',
    producer: 'pdf-lib',
    paper: A4,
    edge: 100,
    options: { linesPerPage: 36, sceneNumbers: true, continueds: true, revisionMarks: false, titlePage: false },
  },
};

