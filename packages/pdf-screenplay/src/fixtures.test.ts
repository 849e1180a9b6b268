import { readFileSync } from 'node:fs';
import { importScreenplay } from '@pc/screenplay';
import { breakdown } from '@pc/screenplay/testing/breakdown';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../scripts/fixture-list.js';
import { pdfToFountain, PdfScreenplayError } from './index.js';

// PDFs drawn by scripts/make-fixtures.ts from packages/fountain's fixtures, by pdf-lib and by
// Chromium's print, on Letter and A4 with different margins: a PDF imports as its Fountain does.
const pdf = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${name}.pdf`, import.meta.url)));
const fountain = (script: string): string => readFileSync(new URL(`../../fountain/fixtures/${script}.fountain`, import.meta.url), 'utf8');

/** Scenes (number, INT/EXT, place, time, set, cast, transition), characters and locations; synopses are not printed. */
const facts = (source: string, withTitle: boolean): string[] => {
  const { document, report } = importScreenplay(source);
  return breakdown(document, report)
    .filter((line) => /^(?:TITLE|SCENE|CHARACTER|LOCATION) /.test(line))
    .map((line) => line.replace(/ \| = .*$/, ''))
    .map((line) => (withTitle ? line : line.replace(/^TITLE .*? \|/, 'TITLE |')));
};

describe('a screenplay PDF imports as the same script’s Fountain', () => {
  it.each(Object.entries(FIXTURES))('%s', async (name, fixture) => {
    const { fountain: converted } = await pdfToFountain(pdf(name));
    expect(facts(converted, fixture.options.titlePage)).toEqual(facts(fountain(fixture.script), fixture.options.titlePage));
  });
});

describe('what the page layout carries', () => {
  it('reads the title page’s corners and credits as Fountain keys', async () => {
    const { titlePage } = await pdfToFountain(pdf('brick-and-steel-letter-pdflib'));
    expect(titlePage).toEqual([
      { key: 'Title', value: 'BRICK & STEEL\nFULL RETIRED' },
      { key: 'Credit', value: 'Written by' },
      { key: 'Author', value: 'Stu Maschwitz' },
      { key: 'Source', value: 'Story by KTM' },
      { key: 'Contact', value: 'Next Level Productions\n1588 Mission Dr.\nSolvang, CA 93463' },
      { key: 'Draft date', value: '1/27/2012' },
    ]);
  });

  it('keeps margin scene numbers and marks the second of two side-by-side speeches', async () => {
    const { fountain: converted } = await pdfToFountain(pdf('brick-and-steel-letter-pdflib'));
    expect(converted).toContain("EXT. BRICK'S PATIO - DAY #1#");
    expect(converted).toContain('JACK\nNope.\n\nDAN ^\nYes!');
    expect(converted).toContain('@McCLANE\nYippee ki-yay.');
  });

  it('joins a speech split by (MORE) and (CONT’D) across a page, and drops page numbers, CONTINUED and revision marks', async () => {
    const { fountain: converted, places } = await pdfToFountain(pdf('the-signal-box-letter-chromium'));
    // PRIYA's speech breaks after her parenthetical: (MORE) at the foot of page 2, PRIYA (CONT'D) atop page 3.
    expect(converted).toContain('PRIYA\n(through the glass)\nI could get you a job in the control centre. Screens. Heating.');
    const shooting = (await pdfToFountain(pdf('night-desk-teleplay-a4-chromium'))).fountain;
    for (const furniture of ['(MORE)', 'CONTINUED', /^\d+\.$/m, /\*\s*$/m]) {
      expect(converted).not.toMatch(furniture);
      expect(shooting).not.toMatch(furniture);
    }
    expect(places.map((place) => place.page)).toEqual([...places.map((place) => place.page)].sort((a, b) => a - b));
    expect(new Set(places.map((place) => place.page))).toEqual(new Set([2, 3, 4]));
  });
});

describe('refusals', () => {
  const refusal = async (bytes: Uint8Array): Promise<PdfScreenplayError> => {
    const error: unknown = await pdfToFountain(bytes).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PdfScreenplayError);
    return error as PdfScreenplayError;
  };

  it('refuses a scan (an image, no text layer) and says it needs OCR', async () => {
    const error = await refusal(pdf('scanned-page'));
    expect(error.code).toBe('no_text');
    expect(error.message).toMatch(/no text — a scanned script needs OCR first/);
  });

  it('refuses a PDF that asks for a password', async () => {
    const error = await refusal(pdf('password-protected'));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('refuses a file that is not a PDF by its bytes, whatever it is called', async () => {
    expect((await refusal(new TextEncoder().encode('INT. DOCK - NIGHT\n\nMara waits.'))).code).toBe('not_pdf');
  });

  it('refuses a PDF that is cut short', async () => {
    expect((await refusal(pdf('brick-and-steel-letter-pdflib').slice(0, 400))).code).toBe('unreadable');
  });
});
