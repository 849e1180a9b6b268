import { propCategories } from '@pc/graph';
import { z } from 'zod';
import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { plural } from '../format.js';
import { formatEighths } from '../scene/timing.js';
import type { NodeFunction } from '../types.js';
import { montageSchema, readScenes } from './scene-reports.js';

/** Breakdown categories in sheet order: the cast first, the extras (atmosphere), then the Prop categories. */
export const BREAKDOWN_CATEGORIES = ['cast', 'extras', ...propCategories] as const;

/** The Breakdown Report output (`report`). CSV and PDF breakdown exports read this shape. */
export const breakdownReportSchema = z.object({
  kind: z.literal('breakdown'),
  nodeId: z.string(),
  name: z.string(),
  categories: z.array(z.string()),
  scenes: z.array(
    z.object({
      sceneId: z.string(),
      sceneNumber: z.string(),
      heading: z.string(),
      storyDay: z.number().nullable(),
      pageLength: z.string(),
      eighths: z.number(),
      /** Names per category; `cast` lists speakers and linked characters. */
      elements: z.record(z.string(), z.array(z.string())),
      /** Cast members who speak. */
      speaking: z.array(z.string()),
      /** Montages and series of shots written in the scene: each beat is a setup to schedule under it. */
      montages: z.array(montageSchema).default([]),
    }),
  ),
  /** Each element and the scenes (numbers, story order) it appears in. */
  elements: z.array(z.object({ category: z.string(), name: z.string(), scenes: z.array(z.string()) })),
  /** Cast × scene: `cells[c][s]` is 'S' (speaks), 'X' (in the scene) or ''. */
  castMatrix: z.object({ characters: z.array(z.string()), scenes: z.array(z.string()), cells: z.array(z.array(z.enum(['S', 'X', '']))) }),
  totals: z.object({ scenes: z.number(), eighths: z.number(), pageLength: z.string() }),
  /** Scenes wired in that had no breakdown output, by node id. */
  missingScenes: z.array(z.string()),
});
export type BreakdownReport = z.infer<typeof breakdownReportSchema>;

/**
 * "SERIES OF SHOTS - THE FLOOD (2 beats): Water under the door. / Anna lifts the rug." — a montage as a breakdown sheet
 * lists it (the kind alone when the writer gave no title): its beats are the setups to schedule.
 */
export const montageLine = (montage: { kind: string; title: string; beats: readonly string[] }): string =>
  `${montage.title ? `${montage.kind} - ${montage.title}` : montage.kind} (${plural(montage.beats.length, 'beat')}): ${montage.beats.join(' / ')}`;

const sceneName = (scene: { sceneNumber: string; heading: string }): string => scene.sceneNumber || scene.heading;

const renderMarkdown = (report: BreakdownReport): string => {
  const lines = [`# ${report.name || 'Breakdown'}`, '', `${plural(report.totals.scenes, 'scene')}, ${report.totals.pageLength} pages.`];
  for (const scene of report.scenes) {
    lines.push('', `## ${scene.sceneNumber ? `SC ${scene.sceneNumber} — ` : ''}${scene.heading}`, '', `${scene.pageLength} pages · story day ${scene.storyDay ?? '—'}`, '');
    for (const category of report.categories) {
      const names = scene.elements[category] ?? [];
      if (names.length > 0) lines.push(`- **${category.replace(/_/g, ' ')}**: ${names.join(', ')}`);
    }
    for (const montage of scene.montages) {
      lines.push(`- **montage**: ${montageLine(montage)}`);
    }
  }
  if (report.castMatrix.characters.length > 0) {
    lines.push('', '## Cast × scene', '', `| Character | ${report.castMatrix.scenes.join(' | ')} |`, `| --- |${' :---: |'.repeat(report.castMatrix.scenes.length)}`);
    report.castMatrix.characters.forEach((name, c) => lines.push(`| ${name} | ${(report.castMatrix.cells[c] ?? []).join(' | ')} |`));
  }
  return `${lines.join('\n')}\n`;
};

/**
 * Breakdown Report → `buildBreakdownReport`: per scene (story order) its elements by
 * category — cast and extras from the scene's breakdown (linked and speaking), the rest from its
 * linked Props — with page lengths, an element → scenes index and the cast × scene matrix.
 */
export const buildBreakdownReport: NodeFunction<'breakdownReport'> = {
  name: 'buildBreakdownReport',
  nodeType: 'breakdownReport',
  // v2: the scenes' extras (atmosphere), with their counts, after the cast.
  // v3: each scene's montages and series of shots with their beats (sceneBreakdown v19 on).
  version: 3,
  description: 'Per-scene elements by category, element index, cast × scene matrix and page count.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const inputs = readScenes(upstream['scenes'] ?? []);
    const scenes: BreakdownReport['scenes'] = inputs.map((scene) => {
      const cast = scene.breakdown?.cast ?? [];
      const elements: Record<string, string[]> = { cast: cast.map((member) => member.name) };
      // "COPS (2)": how many a scene calls for is what the sheet is for.
      const extras = (scene.breakdown?.extras ?? []).map((extra) => (extra.count === null ? extra.name : `${extra.name} (${extra.count})`));
      if (extras.length > 0) elements['extras'] = extras;
      for (const category of propCategories) {
        const names = (scene.breakdown?.elements[category] ?? []).map((element) => element.name);
        if (names.length > 0) elements[category] = names;
      }
      return {
        sceneId: scene.nodeId,
        sceneNumber: scene.fields.sceneNumber,
        heading: scene.breakdown?.heading ?? scene.heading,
        storyDay: scene.fields.storyDay,
        pageLength: scene.breakdown?.pageLength ?? '',
        eighths: scene.breakdown?.eighths ?? 0,
        elements,
        speaking: cast.filter((member) => member.speaks).map((member) => member.name),
        montages: scene.breakdown?.montages ?? [],
      };
    });
    const index = new Map<string, { category: string; name: string; scenes: string[] }>();
    for (const scene of scenes) {
      for (const category of BREAKDOWN_CATEGORIES) {
        for (const name of scene.elements[category] ?? []) {
          const key = `${category} ${name}`;
          const entry = index.get(key) ?? { category, name, scenes: [] };
          index.set(key, entry);
          if (!entry.scenes.includes(sceneName(scene))) entry.scenes.push(sceneName(scene));
        }
      }
    }
    const elements = [...index.values()].sort(
      (a, b) => BREAKDOWN_CATEGORIES.indexOf(a.category as never) - BREAKDOWN_CATEGORIES.indexOf(b.category as never) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    const characters = elements.filter((element) => element.category === 'cast').map((element) => element.name);
    const cells = characters.map((name) =>
      scenes.map((scene) => (scene.speaking.includes(name) ? 'S' : (scene.elements['cast'] ?? []).includes(name) ? 'X' : '') as 'S' | 'X' | ''),
    );
    const eighths = scenes.reduce((sum, scene) => sum + scene.eighths, 0);
    const report: BreakdownReport = {
      kind: 'breakdown',
      nodeId: node.id,
      name: node.data.name.trim(),
      categories: [...BREAKDOWN_CATEGORIES],
      scenes,
      elements,
      castMatrix: { characters, scenes: scenes.map(sceneName), cells },
      totals: { scenes: scenes.length, eighths, pageLength: formatEighths(eighths) },
      missingScenes: inputs.filter((scene) => scene.breakdown === null).map((scene) => scene.nodeId),
    };
    return { outputs: { report }, artifacts: [jsonArtifact('breakdown.json', report), markdownArtifact('breakdown.md', renderMarkdown(report))] };
  },
};
