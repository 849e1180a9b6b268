import { z } from 'zod';
import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { formatClock, plural } from '../format.js';
import type { ShotRef } from '../shot/shot-ref.js';
import type { NodeFunction } from '../types.js';
import { readShotRefs } from './shot-refs.js';

/** The columns of a shot list, in the order a 1st AD prints them; CSV and PDF exports use these keys and titles. */
export const SHOT_LIST_COLUMNS = [
  { key: 'sceneNumber', title: 'Scene' },
  { key: 'shotNumber', title: 'Shot' },
  { key: 'setup', title: 'Setup' },
  { key: 'shotSize', title: 'Size' },
  { key: 'shotType', title: 'Type' },
  { key: 'angle', title: 'Angle' },
  { key: 'movement', title: 'Movement' },
  { key: 'lensMm', title: 'Lens (mm)' },
  { key: 'cast', title: 'Cast' },
  { key: 'props', title: 'Props' },
  { key: 'durationS', title: 'Duration (s)' },
  { key: 'description', title: 'Description' },
  { key: 'dialogue', title: 'Dialogue' },
] as const;

const rowSchema = z.object({
  shotId: z.string(),
  sceneId: z.string().nullable(),
  sceneNumber: z.string(),
  heading: z.string(),
  shotNumber: z.string(),
  order: z.number(),
  /** Camera setup within its scene, numbered from 1 in story order: shots sharing size, angle and lens. */
  setup: z.number(),
  shotSize: z.string(),
  shotType: z.string(),
  angle: z.string(),
  movement: z.string(),
  lensMm: z.number(),
  aspect: z.string(),
  cast: z.array(z.string()),
  props: z.array(z.string()),
  durationS: z.number(),
  durationSource: z.enum(['shot', 'derived']),
  screenDirection: z.string(),
  description: z.string(),
  dialogue: z.array(z.string()),
  status: z.string(),
});

/** The Shot List output (`report`): rows, per-scene totals and the column set. */
export const shotListSchema = z.object({
  kind: z.literal('shotList'),
  nodeId: z.string(),
  name: z.string(),
  orderBy: z.enum(['story', 'setup']),
  columns: z.array(z.object({ key: z.string(), title: z.string() })),
  rows: z.array(rowSchema),
  scenes: z.array(z.object({ sceneId: z.string().nullable(), sceneNumber: z.string(), heading: z.string(), shots: z.number(), setups: z.number(), durationS: z.number() })),
  totals: z.object({ shots: z.number(), setups: z.number(), durationS: z.number(), runtime: z.string() }),
  missingShots: z.array(z.string()),
});
export type ShotList = z.infer<typeof shotListSchema>;
export type ShotListRow = z.infer<typeof rowSchema>;

const setupKey = (shot: ShotRef): string => `${shot.shotSize} ${shot.angle} ${shot.lensMm}`;
const round1 = (value: number): number => Math.round(value * 10) / 10;

const toRow = (shot: ShotRef, setup: number): ShotListRow => ({
  shotId: shot.nodeId,
  sceneId: shot.scene?.nodeId ?? null,
  sceneNumber: shot.scene?.sceneNumber ?? '',
  heading: shot.scene?.heading ?? '',
  shotNumber: shot.shotNumber,
  order: shot.order,
  setup,
  shotSize: shot.shotSize,
  shotType: shot.shotType,
  angle: shot.angle,
  movement: shot.movement,
  lensMm: shot.lensMm,
  aspect: shot.aspect,
  cast: shot.cast.map((member) => member.name),
  props: shot.props.map((prop) => prop.name),
  durationS: shot.durationS,
  durationSource: shot.durationSource,
  screenDirection: shot.screenDirection,
  description: shot.description || shot.action,
  dialogue: shot.dialogue.map((line) => (line.speaker ? `${line.speaker}: ${line.text}` : line.text)),
  status: shot.status,
});

/**
 * Rows per scene in story order; each scene's setups numbered by first appearance. With
 * `setup` order, rows of one setup come together (the order a day is shot), story order within.
 */
export const buildShotListRows = (shots: readonly ShotRef[], orderBy: 'story' | 'setup'): ShotListRow[] => {
  const byScene = new Map<string, ShotRef[]>();
  for (const shot of shots) {
    const key = shot.scene?.nodeId ?? '';
    byScene.set(key, [...(byScene.get(key) ?? []), shot]);
  }
  return [...byScene.values()].flatMap((sceneShots) => {
    const setups = new Map<string, number>();
    const rows = sceneShots.map((shot) => {
      const key = setupKey(shot);
      if (!setups.has(key)) setups.set(key, setups.size + 1);
      return toRow(shot, setups.get(key) as number);
    });
    return orderBy === 'setup' ? rows.map((row, index) => ({ row, index })).sort((a, b) => a.row.setup - b.row.setup || a.index - b.index).map(({ row }) => row) : rows;
  });
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const renderMarkdown = (list: ShotList): string => {
  const lines = [`# ${list.name || 'Shot list'}`, '', `${plural(list.totals.shots, 'shot')} in ${plural(list.totals.setups, 'setup')}, ${list.totals.runtime} of screen time.`];
  for (const scene of list.scenes) {
    lines.push('', `## ${scene.sceneNumber ? `SC ${scene.sceneNumber} — ` : ''}${scene.heading || 'No scene'}`, '');
    lines.push(`| ${SHOT_LIST_COLUMNS.filter((column) => column.key !== 'sceneNumber').map((column) => column.title).join(' | ')} |`);
    lines.push(`|${' --- |'.repeat(SHOT_LIST_COLUMNS.length - 1)}`);
    for (const row of list.rows.filter((candidate) => candidate.sceneId === scene.sceneId)) {
      const cells = [row.shotNumber || '—', String(row.setup), row.shotSize, row.shotType, row.angle, row.movement, String(row.lensMm), row.cast.join(', '), row.props.join(', '), String(row.durationS), row.description, row.dialogue.join(' / ')];
      lines.push(`| ${cells.map(cell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
};

/** Shot List → `buildShotList`: every wired Shot as a row, grouped by scene, with setups and totals. */
export const buildShotList: NodeFunction<'shotList'> = {
  name: 'buildShotList',
  nodeType: 'shotList',
  version: 1,
  description: 'The shot list: numbers, size, type, angle, movement, lens, cast, props, duration, setups.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const { shots, missing } = readShotRefs(upstream['shots'] ?? []);
    const rows = buildShotListRows(shots, node.data.orderBy);
    const scenes: ShotList['scenes'] = [];
    for (const row of rows) {
      let scene = scenes.find((candidate) => candidate.sceneId === row.sceneId);
      if (!scene) scenes.push((scene = { sceneId: row.sceneId, sceneNumber: row.sceneNumber, heading: row.heading, shots: 0, setups: 0, durationS: 0 }));
      scene.shots += 1;
      scene.setups = Math.max(scene.setups, row.setup);
      scene.durationS = round1(scene.durationS + row.durationS);
    }
    const durationS = round1(rows.reduce((sum, row) => sum + row.durationS, 0));
    const report: ShotList = {
      kind: 'shotList',
      nodeId: node.id,
      name: node.data.name.trim(),
      orderBy: node.data.orderBy,
      columns: SHOT_LIST_COLUMNS.map((column) => ({ ...column })),
      rows,
      scenes,
      totals: { shots: rows.length, setups: scenes.reduce((sum, scene) => sum + scene.setups, 0), durationS, runtime: formatClock(durationS * 1000) },
      missingShots: missing,
    };
    return { outputs: { report }, artifacts: [jsonArtifact('shotList.json', report), markdownArtifact('shotList.md', renderMarkdown(report))] };
  },
};
