import { BREAKDOWN_CATEGORIES, montageLine, SHOT_LIST_COLUMNS, type BreakdownReport, type ShotList, type ShotListRow } from '@pc/functions';
import { writeCsv } from './csv.js';

const shotCell = (row: ShotListRow, key: (typeof SHOT_LIST_COLUMNS)[number]['key']): string => {
  const value = row[key];
  if (Array.isArray(value)) return value.join(key === 'dialogue' ? '\n' : ', ');
  return String(value);
};

/** The shot list as CSV: the Shot List's columns (titles as the header), one row per shot in its order. */
export const shotListCsv = (list: ShotList): Uint8Array =>
  writeCsv([SHOT_LIST_COLUMNS.map((column) => column.title), ...list.rows.map((row) => SHOT_LIST_COLUMNS.map((column) => shotCell(row, column.key)))]);

/** "set_dressing" → "Set dressing": the category as a breakdown sheet heads it. */
export const categoryTitle = (category: string): string => {
  const words = category.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The breakdown as CSV: one row per scene (story order), a column per element category, names comma-separated, and
 * the scene's montages (a line each: its beats are setups to schedule).
 */
export const breakdownCsv = (report: BreakdownReport): Uint8Array =>
  writeCsv([
    ['Scene', 'Heading', 'Story day', 'Pages', 'Speaking', ...BREAKDOWN_CATEGORIES.map(categoryTitle), 'Montages'],
    ...report.scenes.map((scene) => [
      scene.sceneNumber,
      scene.heading,
      scene.storyDay === null ? '' : String(scene.storyDay),
      scene.pageLength,
      scene.speaking.join(', '),
      ...BREAKDOWN_CATEGORIES.map((category) => (scene.elements[category] ?? []).join(', ')),
      scene.montages.map(montageLine).join('\n'),
    ]),
  ]);
