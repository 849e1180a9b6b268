import { montageLine, SHOT_LIST_COLUMNS, type BreakdownReport, type ShotList, type ShotListRow } from '@pc/functions';
import { fitText, num, textOp, writePdf, type PdfPage } from './pdf-writer.js';
import { footer, PAGE } from './storyboard-pdf.js';

/** Column widths in points (A4 landscape, 770 pt of table), in SHOT_LIST_COLUMNS order. */
const WIDTHS: Record<(typeof SHOT_LIST_COLUMNS)[number]['key'], number> = {
  sceneNumber: 34,
  shotNumber: 34,
  setup: 30,
  shotSize: 38,
  shotType: 52,
  angle: 44,
  movement: 56,
  lensMm: 40,
  cast: 80,
  props: 70,
  durationS: 44,
  description: 150,
  dialogue: 98,
};
const ROW_HEIGHT = 16;
const SIZE = 7.5;

const cellText = (row: ShotListRow, key: keyof typeof WIDTHS): string => {
  const value = row[key];
  return Array.isArray(value) ? value.join(key === 'dialogue' ? ' / ' : ', ') : String(value);
};

/** A scene's montages by its node id, from the breakdown: what the shot list prints under its heading. */
export type SceneMontages = ReadonlyMap<string, BreakdownReport['scenes'][number]['montages']>;

/** Each scene's montages by its node id. */
export const montagesByScene = (report: BreakdownReport): SceneMontages => new Map(report.scenes.map((scene) => [scene.sceneId, scene.montages]));

/**
 * The shot list as a printed table: the Shot List's columns, one line per shot (long
 * cells cut with an ellipsis), a scene heading row where the scene changes — with a line per
 * montage written in it, whose beats are setups still to plan —, the header repeated on every
 * page, totals at the end.
 */
export const shotListPdf = (list: ShotList, title: string, montages: SceneMontages = new Map()): Uint8Array => {
  type Line = { kind: 'scene'; text: string } | { kind: 'montage'; text: string } | { kind: 'shot'; row: ShotListRow };
  const lines: Line[] = [];
  let scene: string | null = null;
  for (const row of list.rows) {
    const key = row.sceneId ?? '';
    if (key !== scene) {
      lines.push({ kind: 'scene', text: `${row.sceneNumber ? `SC ${row.sceneNumber} — ` : ''}${row.heading || 'No scene'}` });
      for (const montage of montages.get(key) ?? []) lines.push({ kind: 'montage', text: montageLine(montage) });
    }
    scene = key;
    lines.push({ kind: 'shot', row });
  }
  const top = PAGE.height - PAGE.margin - 40;
  const perPage = Math.floor((top - PAGE.margin - 20) / ROW_HEIGHT);
  const pageCount = Math.max(1, Math.ceil((lines.length + 1) / perPage));
  const pages: PdfPage[] = [];
  for (let p = 0; p < pageCount; p++) {
    let content = textOp(fitText(title, 600, 16), PAGE.margin, PAGE.height - PAGE.margin - 10, 16, true);
    let x = PAGE.margin;
    for (const column of SHOT_LIST_COLUMNS) {
      content += textOp(fitText(column.title, WIDTHS[column.key] - 3, SIZE, true), x, top, SIZE, true);
      x += WIDTHS[column.key];
    }
    content += `q 0.3 G 0.75 w ${PAGE.margin} ${num(top - 4)} m ${PAGE.width - PAGE.margin} ${num(top - 4)} l S Q\n`;
    let y = top - ROW_HEIGHT;
    for (const line of lines.slice(p * perPage, (p + 1) * perPage)) {
      if (line.kind === 'scene') content += textOp(fitText(line.text, 700, 8.5, true), PAGE.margin, y, 8.5, true, 0.15);
      else if (line.kind === 'montage') content += textOp(fitText(line.text, 690, SIZE), PAGE.margin + 10, y, SIZE);
      else {
        x = PAGE.margin;
        for (const column of SHOT_LIST_COLUMNS) {
          content += textOp(fitText(cellText(line.row, column.key), WIDTHS[column.key] - 3, SIZE), x, y, SIZE);
          x += WIDTHS[column.key];
        }
      }
      y -= ROW_HEIGHT;
    }
    if (p === pageCount - 1) content += textOp(`${list.totals.shots} shots · ${list.totals.setups} setups · ${list.totals.runtime}`, PAGE.margin, y - 4, 9, true);
    pages.push({ width: PAGE.width, height: PAGE.height, content: content + footer(title, p + 1, pageCount), images: [] });
  }
  return writePdf(pages);
};
