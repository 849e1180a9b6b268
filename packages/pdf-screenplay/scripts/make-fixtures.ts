/**
 * Writes the PDF fixtures of this package (`pnpm --filter @pc/pdf-screenplay fixtures`):
 * scripts of packages/fountain/fixtures laid out as screenplay software prints them and
 * drawn by two different PDF producers — pdf-lib (Courier, text drawn line by line) and
 * Chromium's print to PDF (an HTML page in Liberation Mono or DejaVu Sans Mono, text
 * subset and run as the browser runs it) — on Letter and A4 with different margins, plus
 * a scanned page (an image, no text) and a password-protected copy (qpdf, from Debian's
 * `qpdf` package) that the import must refuse.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { FIXTURES, type Fixture } from './fixture-list.js';
import { printScript, type PrintedPage } from './print-layout.js';

const TOP = 72;
const HEADER_TOP = 36;
const STEP = 12;

const drawWithPdfLib = async (pages: readonly PrintedPage[], fixture: Fixture): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  document.setProducer('pdf-lib');
  const font = await document.embedFont(StandardFonts.Courier);
  const charWidth = font.widthOfTextAtSize('M', 12);
  for (const printed of pages) {
    const page = document.addPage([fixture.paper.width, fixture.paper.height]);
    const draw = (rows: readonly (readonly { text: string; col: number }[])[], top: number): void =>
      rows.forEach((row, index) => row.forEach((cell) => page.drawText(cell.text, { x: fixture.edge + cell.col * charWidth, y: fixture.paper.height - top - index * STEP, size: 12, font })));
    draw(printed.header, HEADER_TOP);
    draw(printed.rows, TOP);
  }
  return document.save();
};

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const htmlOf = (pages: readonly PrintedPage[], fixture: Fixture): string => {
  const cells = (rows: readonly (readonly { text: string; col: number }[])[], top: number): string =>
    rows
      .flatMap((row, index) => row.map((cell) => `<div style="top:${top + index * STEP - 10}pt;left:calc(${fixture.edge}pt + ${cell.col}ch)">${escapeHtml(cell.text)}</div>`))
      .join('');
  const body = pages.map((page) => `<section>${cells(page.header, HEADER_TOP)}${cells(page.rows, TOP)}</section>`).join('');
  return `<!doctype html><meta charset="utf-8"><style>
    @page { size: ${fixture.paper.width}pt ${fixture.paper.height}pt; margin: 0 }
    body { margin: 0; font: 12pt/12pt '${fixture.font ?? 'Liberation Mono'}', monospace }
    section { position: relative; width: ${fixture.paper.width}pt; height: ${fixture.paper.height}pt; break-after: page; overflow: hidden }
    section div { position: absolute; white-space: pre }
  </style>${body}`;
};

const fixtureUrl = (name: string): URL => new URL(`../fixtures/${name}`, import.meta.url);

const main = async (): Promise<void> => {
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
  try {
    const browserPage = await browser.newPage();
    for (const [name, fixture] of Object.entries(FIXTURES)) {
      const source = readFileSync(new URL(`../../fountain/fixtures/${fixture.script}.fountain`, import.meta.url), 'utf8');
      const pages = printScript(source, fixture.options);
      let bytes: Uint8Array;
      if (fixture.producer === 'pdf-lib') bytes = await drawWithPdfLib(pages, fixture);
      else {
        await browserPage.setContent(htmlOf(pages, fixture));
        bytes = await browserPage.pdf({ preferCSSPageSize: true, printBackground: false });
      }
      writeFileSync(fixtureUrl(`${name}.pdf`), bytes);
      console.log(`${name}.pdf: ${pages.length} pages, ${bytes.length} bytes`);
    }
    // A scan: the first script page as a picture, put in a PDF with no text layer.
    const scanned = FIXTURES['brick-and-steel-letter-pdflib'];
    if (scanned) {
      const source = readFileSync(new URL(`../../fountain/fixtures/${scanned.script}.fountain`, import.meta.url), 'utf8');
      const [, first] = printScript(source, scanned.options);
      await browserPage.setViewportSize({ width: 612, height: 792 });
      await browserPage.setContent(htmlOf(first ? [first] : [], { ...scanned, font: 'Liberation Mono' }));
      const png = await browserPage.screenshot({ type: 'png' });
      const document = await PDFDocument.create();
      const image = await document.embedPng(png);
      document.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
      const bytes = await document.save();
      writeFileSync(fixtureUrl('scanned-page.pdf'), bytes);
      console.log(`scanned-page.pdf: ${bytes.length} bytes`);
    }
  } finally {
    await browser.close();
  }
  // Protected as a writer's app protects a PDF: a password to open it (AES-256).
  execFileSync('qpdf', ['--encrypt', 'open-sesame', 'owner-secret', '256', '--', fileURLToPath(fixtureUrl('writers-draft-a4-pdflib.pdf')), fileURLToPath(fixtureUrl('password-protected.pdf'))]);
  console.log('password-protected.pdf');
};

await main();
