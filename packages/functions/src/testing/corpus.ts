import type { GraphDocument } from '@pc/graph';
import { formatClock } from '../format.js';
import type { CastMember } from '../scene/cast.js';
import { montageName } from '../scene/breakdown-markdown.js';
import { formatEighths } from '../scene/timing.js';
import type { SceneBreakdown } from '../scene/scene-breakdown.js';
import { runFunction } from '../registry.js';
import type { UpstreamNode } from '../types.js';

/** Each Scene's upstream as the engine passes it: the nodes on its incoming links, by input port. */
const upstreamOf = (document: GraphDocument, sceneId: string): Record<string, UpstreamNode[]> => {
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  const upstream: Record<string, UpstreamNode[]> = {};
  for (const edge of document.edges) {
    const source = edge.target === sceneId ? byId.get(edge.source) : undefined;
    if (source) (upstream[edge.targetHandle] ??= []).push({ nodeId: source.id, type: source.type, data: source.data, outputs: {} });
  }
  return upstream;
};

/** What `sceneBreakdown` gives a Scene: its `breakdown`, and the set its `scene` output passes on to Shots. */
export interface CorpusScene {
  breakdown: SceneBreakdown;
  set: string;
}

/** `sceneBreakdown` run on every Scene of an imported document, in story order. */
export const breakdownScenes = async (document: GraphDocument): Promise<CorpusScene[]> => {
  const scenes = document.nodes.filter((node) => node.type === 'scene').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
  const signal = new AbortController().signal;
  const breakdowns: CorpusScene[] = [];
  for (const scene of scenes) {
    const { outputs } = await runFunction('sceneBreakdown', { node: scene, upstream: upstreamOf(document, scene.id) }, { signal });
    const ref = outputs['scene'] as { location?: { name: string } };
    breakdowns.push({ breakdown: outputs['breakdown'] as SceneBreakdown, set: ref.location?.name ?? '' });
  }
  return breakdowns;
};

const castEntry = (member: CastMember): string => {
  const notes = [
    member.lineCount > 0 ? `${member.lineCount} ${member.lineCount === 1 ? 'line' : 'lines'}` : member.inAction ? 'in action' : 'silent',
    ...(member.voiceOnly ? ['voice only'] : []),
    ...member.flags.map((flag) => (flag === 'speaker_not_linked' ? 'NOT LINKED' : 'NOT IN SCRIPT')),
  ];
  return `${member.name} (${notes.join(', ')})`;
};

/**
 * The breakdowns as a first assistant director reads them, a block per scene: number, heading, page eighths,
 * screen time and closing transition; the cast with lines, named in action, voice only and flags; the extras
 * with their count and the words that call for them; each montage and its beats; the set and the linked props.
 */
export const renderCorpusBreakdowns = (title: string, scenes: readonly CorpusScene[]): string => {
  const pages = formatEighths(scenes.reduce((sum, scene) => sum + scene.breakdown.eighths, 0));
  const duration = formatClock(scenes.reduce((sum, scene) => sum + scene.breakdown.durationMs, 0));
  const lines = [`${title || '(untitled)'} | ${scenes.length} scenes, ${pages} pages, ${duration}`];
  for (const { breakdown: scene, set } of scenes) {
    const head = [`SC ${scene.sceneNumber || '-'}`, scene.heading || '-', scene.pageLength, scene.duration];
    if (scene.transitionOut) head.push(`out ${scene.transitionOut}`);
    lines.push('', head.join(' | '));
    if (set) lines.push(`  set: ${set}`);
    lines.push(`  cast: ${scene.cast.map(castEntry).join(', ') || '-'}`);
    if (scene.extras.length > 0) {
      lines.push(`  extras: ${scene.extras.map((extra) => `${extra.name} ×${extra.count ?? '?'} “${extra.asWritten}”`).join(', ')}`);
    }
    for (const montage of scene.montages) {
      lines.push(`  ${montageName(montage)}: ${montage.beats.length} ${montage.beats.length === 1 ? 'beat' : 'beats'}`, ...montage.beats.map((beat) => `    - ${beat}`));
    }
    for (const [category, elements] of Object.entries(scene.elements)) {
      lines.push(`  ${category}: ${elements.map((element) => element.name).join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
};
