import {
  canonicalCharacterName, checkContinuity, describeNode, continuityCodes, continuitySeverities, type ContinuityModel, type ContinuityScene, type ContinuityShot,
} from '@pc/graph';
import { z } from 'zod';
import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { plural } from '../format.js';
import type { ShotRef } from '../shot/shot-ref.js';
import type { NodeFunction } from '../types.js';
import { readScenes, type SceneInput } from './scene-reports.js';
import { readShotRefs } from './shot-refs.js';

/** The Continuity Check output (`report`). */
export const continuityReportSchema = z.object({
  kind: z.literal('continuity'),
  nodeId: z.string(),
  minimumSeverity: z.enum(continuitySeverities),
  findings: z.array(z.object({ code: z.enum(continuityCodes), severity: z.enum(continuitySeverities), message: z.string(), nodeIds: z.array(z.string()) })),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  missingScenes: z.array(z.string()),
  missingShots: z.array(z.string()),
});
export type ContinuityReport = z.infer<typeof continuityReportSchema>;

/** Speakers come from each scene's script (its breakdown), so a line nobody linked still counts. */
const toScene = (scene: SceneInput): ContinuityScene => {
  const cast = (scene.breakdown?.cast ?? []).filter((member) => member.linked && member.characterId !== null);
  return {
    id: scene.nodeId,
    label: scene.label,
    order: scene.fields.order,
    sceneNumber: scene.fields.sceneNumber,
    storyDay: scene.fields.storyDay,
    cast: cast.map((member) => ({ id: member.characterId as string, names: [canonicalCharacterName(member.name)] })),
    speakers: [...new Set((scene.breakdown?.cast ?? []).filter((member) => member.speaks).map((member) => canonicalCharacterName(member.name)))].sort(),
    wardrobe: (scene.breakdown?.elements['wardrobe'] ?? []).map((element) => ({ id: element.propId, item: element.name, characterName: element.character })),
  };
};

// Named as the canvas names it: "Shot 12A", or by its camera line ("Shot “MS · EYE · 35mm”") while unnumbered.
const toShot = (shot: ShotRef): ContinuityShot => ({
  id: shot.nodeId,
  label: describeNode({ id: shot.nodeId, type: 'shot', position: { x: 0, y: 0 }, data: shot }),
  shotNumber: shot.shotNumber,
  order: shot.order,
  sceneId: shot.scene?.nodeId ?? null,
  characters: shot.cast.map((member) => ({ id: member.characterId, names: [...new Set([member.name, ...member.aliases].map(canonicalCharacterName))] })),
  shotSize: shot.shotSize,
  shotType: shot.shotType,
  angle: shot.angle,
  screenDirection: shot.screenDirection,
});

const renderMarkdown = (report: ContinuityReport): string => {
  const lines = ['# Continuity check', '', `${plural(report.counts.error, 'error')}, ${plural(report.counts.warning, 'warning')}, ${plural(report.counts.info, 'note')}.`, ''];
  if (report.findings.length === 0) lines.push('_Nothing to flag._');
  for (const finding of report.findings) lines.push(`- **${finding.severity}** \`${finding.code}\` ${finding.message}`);
  return `${lines.join('\n')}\n`;
};

/**
 * Continuity Check → `checkContinuity`: the checks of @pc/graph on the wired Scenes (with
 * their breakdowns: cast, speakers from the script, wardrobe) and Shots (their ShotRefs).
 * The canvas runs the same checks live on the whole graph.
 */
export const checkContinuityReport: NodeFunction<'continuityCheck'> = {
  name: 'checkContinuity',
  nodeType: 'continuityCheck',
  version: 2,
  description: 'Coverage and continuity findings: casting, speakers on screen, masters, numbers, jump cuts, 180° line, wardrobe.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const scenes = readScenes(upstream['scenes'] ?? []);
    const { shots, missing } = readShotRefs(upstream['shots'] ?? []);
    const sceneIds = new Set(scenes.map((scene) => scene.nodeId));
    // A shot of a scene that is not wired in is checked for its number only, not against a cast this node cannot see.
    const model: ContinuityModel = {
      scenes: scenes.map(toScene),
      shots: shots.map(toShot).map((shot) => (shot.sceneId !== null && !sceneIds.has(shot.sceneId) ? { ...shot, sceneId: null } : shot)),
    };
    const findings = checkContinuity(model, node.data.minimumSeverity);
    const report: ContinuityReport = {
      kind: 'continuity',
      nodeId: node.id,
      minimumSeverity: node.data.minimumSeverity,
      findings,
      counts: {
        error: findings.filter((finding) => finding.severity === 'error').length,
        warning: findings.filter((finding) => finding.severity === 'warning').length,
        info: findings.filter((finding) => finding.severity === 'info').length,
      },
      missingScenes: scenes.filter((scene) => scene.breakdown === null).map((scene) => scene.nodeId),
      missingShots: missing,
    };
    return { outputs: { report }, artifacts: [jsonArtifact('continuity.json', report), markdownArtifact('continuity.md', renderMarkdown(report))] };
  },
};
