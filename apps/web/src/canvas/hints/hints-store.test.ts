import { describe, expect, it } from 'vitest';
import type { ContinuityFinding } from '@pc/graph';
import { foldQuiet, groupByNode } from './hints-store.js';

const noShots = (id: string): ContinuityFinding => ({ code: 'SCENE_NO_SHOTS', severity: 'info', message: `Scene ${id} has no shots yet.`, nodeIds: [id] });
const uncast: ContinuityFinding = { code: 'SHOT_CHAR_NOT_IN_SCENE', severity: 'error', message: 'Shot 1A shows BEN, who is not cast in Scene 1.', nodeIds: ['1a', 'ben', 's1'] };

describe('continuity hints as the canvas shows them', () => {
  it('fold every "no shots yet" of a fresh import into one list line, where the first stood', () => {
    const findings = [noShots('s1'), uncast, noShots('s2'), noShots('s3')];
    const folded = foldQuiet(findings);
    expect(folded.map((finding) => finding.code)).toEqual(['SCENE_NO_SHOTS', 'SHOT_CHAR_NOT_IN_SCENE']);
    expect(folded[0]).toMatchObject({ severity: 'info', message: '3 scenes have no shots yet: select one and add starter coverage.', nodeIds: ['s1', 's2', 's3'] });
  });

  it('keep a single "no shots yet" as it is', () => {
    expect(foldQuiet([noShots('s1'), uncast])).toEqual([noShots('s1'), uncast]);
  });

  it('mark a card quiet when its only findings are quiet ones, and loud with its other findings', () => {
    const byNode = groupByNode([noShots('s1'), noShots('s2'), uncast]);
    expect(byNode['s2']).toEqual({ severity: 'info', messages: ['Scene s2 has no shots yet.'], quiet: true });
    expect(byNode['s1']).toEqual({ severity: 'error', messages: ['Scene s1 has no shots yet.', uncast.message], quiet: false });
    expect(byNode['ben']).toEqual({ severity: 'error', messages: [uncast.message], quiet: false });
  });
});
