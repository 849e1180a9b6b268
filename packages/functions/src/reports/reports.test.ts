import { describe, expect, it } from 'vitest';
import { runFunction } from '../registry.js';
import { alexa, anna, asUpstream, ben, sceneTwelve, shot12A, shot12B } from '../testing/story.js';
import type { UpstreamNode } from '../types.js';

const signal = () => new AbortController().signal;
const ran = async (node: { id: string; type: string; data: Record<string, unknown> }, fn: string, upstream: Record<string, UpstreamNode[]> = {}): Promise<UpstreamNode> => ({
  ...asUpstream(node),
  outputs: (await runFunction(fn, { node, upstream }, { signal: signal() })).outputs,
});

describe('the report functions', () => {
  it('check continuity from the wired scenes and shots: BEN in a shot of a scene he is not cast in', async () => {
    const scene = await ran(sceneTwelve, 'sceneBreakdown', { characters: [asUpstream(anna)] });
    const shot = await ran(shot12B, 'shotRef', { scene: [scene], characters: [asUpstream(anna), asUpstream(ben)] });
    const { outputs } = await runFunction('checkContinuity', { node: { id: 'cc', type: 'continuityCheck', data: { minimumSeverity: 'error' } }, upstream: { scenes: [scene], shots: [shot] } }, { signal: signal() });
    expect(outputs['report']).toMatchObject({
      counts: { error: 1, warning: 0, info: 0 },
      findings: [{ code: 'SHOT_CHAR_NOT_IN_SCENE', nodeIds: ['shot_12b', 'char_ben', 'scene_12'], message: 'Shot 12B shows BEN, who is not cast in Scene 12.' }],
    });
  });

  it('name an unnumbered shot in a finding as its card titles it, not "Unnamed Shot"', async () => {
    const scene = await ran(sceneTwelve, 'sceneBreakdown', { characters: [asUpstream(anna)] });
    const unnumbered = { ...shot12B, data: { ...shot12B.data, shotNumber: '', shotSize: 'CU', angle: 'low', lensMm: 50 } };
    const shot = await ran(unnumbered, 'shotRef', { scene: [scene], characters: [asUpstream(anna), asUpstream(ben)] });
    const { outputs } = await runFunction('checkContinuity', { node: { id: 'cc', type: 'continuityCheck', data: { minimumSeverity: 'error' } }, upstream: { scenes: [scene], shots: [shot] } }, { signal: signal() });
    expect(outputs['report']).toMatchObject({ findings: [{ code: 'SHOT_CHAR_NOT_IN_SCENE', message: 'Shot “CU · LOW · 50mm” shows BEN, who is not cast in Scene 12.' }] });
  });

  it('list each scene’s extras with their count in the breakdown report, after the cast', async () => {
    const scene = await ran({ ...sceneTwelve, data: { ...sceneTwelve.data, scriptText: 'TWO COPS (20s) at the door. PASSENGERS doze.\n\nANNA\nNo.' } }, 'sceneBreakdown');
    const { outputs, artifacts } = await runFunction('buildBreakdownReport', { node: { id: 'br', type: 'breakdownReport', data: {} }, upstream: { scenes: [scene] } }, { signal: signal() });
    const report = outputs['report'] as { categories: string[]; scenes: { elements: Record<string, string[]> }[]; elements: { category: string; name: string }[] };
    expect(report.categories.slice(0, 2)).toEqual(['cast', 'extras']);
    expect(report.scenes[0]?.elements['extras']).toEqual(['COPS (2)', 'PASSENGERS']);
    expect(report.elements.filter((element) => element.category === 'extras').map((element) => element.name)).toEqual(['COPS (2)', 'PASSENGERS']);
    expect(artifacts.find((artifact) => artifact.name === 'breakdown.md')?.text).toContain('- **extras**: COPS (2), PASSENGERS');
  });

  it('list each scene’s montages with their beats in the breakdown report', async () => {
    const scriptText = 'SERIES OF SHOTS - THE FLOOD\n-- Water under the door.\n-- Anna lifts the rug.\n\nEND SERIES OF SHOTS\n\nANNA\nBen!';
    const scene = await ran({ ...sceneTwelve, data: { ...sceneTwelve.data, scriptText } }, 'sceneBreakdown');
    const { outputs, artifacts } = await runFunction('buildBreakdownReport', { node: { id: 'br', type: 'breakdownReport', data: {} }, upstream: { scenes: [scene] } }, { signal: signal() });
    const report = outputs['report'] as { scenes: { montages: unknown[] }[] };
    expect(report.scenes[0]?.montages).toEqual([{ kind: 'SERIES OF SHOTS', title: 'THE FLOOD', beats: ['Water under the door.', 'Anna lifts the rug.'] }]);
    expect(artifacts.find((artifact) => artifact.name === 'breakdown.md')?.text).toContain('- **montage**: SERIES OF SHOTS - THE FLOOD (2 beats): Water under the door. / Anna lifts the rug.');
  });

  it('group a shot list by setup: shots sharing size, angle and lens together, story order within', async () => {
    const scene = await ran(sceneTwelve, 'sceneBreakdown');
    const shots = await Promise.all(
      [shot12A, shot12B, { ...shot12A, id: 'shot_12c', data: { ...shot12A.data, shotNumber: '12C', order: 3 } }].map((shot) => ran(shot, 'shotRef', { scene: [scene] })),
    );
    const { outputs } = await runFunction('buildShotList', { node: { id: 'list', type: 'shotList', data: { orderBy: 'setup' } }, upstream: { shots: shots.reverse() } }, { signal: signal() });
    const report = outputs['report'] as { rows: { shotNumber: string; setup: number }[]; totals: unknown };
    expect(report.rows.map((row) => `${row.shotNumber}/${row.setup}`)).toEqual(['12A/1', '12C/1', '12B/2']);
    expect(report.totals).toEqual({ shots: 3, setups: 2, durationS: 8.1, runtime: '0:08' });
  });

  it('list a revised shooting script’s shots in script order: A12 before 12, 12A.1 after 12A, and name their clips', async () => {
    const scenes = await Promise.all(
      ['12A.1', '12', 'A12', '12A', '13'].map((sceneNumber) => ran({ ...sceneTwelve, id: `scene_${sceneNumber}`, data: { ...sceneTwelve.data, sceneNumber, order: 0 } }, 'sceneBreakdown')),
    );
    const shots = await Promise.all(
      scenes.map((scene, index) => ran({ ...shot12A, id: `shot_${index}`, data: { ...shot12A.data, shotNumber: `${String(scene.nodeId).slice(6)}A`, order: 0 } }, 'shotRef', { scene: [scene] })),
    );
    const list = await runFunction('buildShotList', { node: { id: 'list', type: 'shotList', data: {} }, upstream: { shots } }, { signal: signal() });
    expect((list.outputs['report'] as { rows: { shotNumber: string }[] }).rows.map((row) => row.shotNumber)).toEqual(['A12A', '12A', '12AA', '12A.1A', '13A']);
    const timeline = await runFunction('assembleTimeline', { node: { id: 't', type: 'timeline', data: {} }, upstream: { shots } }, { signal: signal() });
    expect((timeline.outputs['timeline'] as { clips: { clipName: string }[] }).clips.map((clip) => clip.clipName)).toEqual([
      'SCA012_SHA012A', 'SC012_SH012A', 'SC012A_SH012AA', 'SC012A.1_SH012A.1A', 'SC013_SH013A',
    ]);
  });

  it('list a television script’s shots by act (I-1-A, I-2, II-1), and name their clips with the scene digits padded', async () => {
    const scenes = await Promise.all(
      ['II-1', 'I-2', 'I-1-A'].map((sceneNumber) => ran({ ...sceneTwelve, id: `scene_${sceneNumber}`, data: { ...sceneTwelve.data, sceneNumber, order: 0 } }, 'sceneBreakdown')),
    );
    const shots = await Promise.all(
      scenes.map((scene, index) => ran({ ...shot12A, id: `shot_${index}`, data: { ...shot12A.data, shotNumber: `${String(scene.nodeId).slice(6)}A`, order: 0 } }, 'shotRef', { scene: [scene] })),
    );
    const list = await runFunction('buildShotList', { node: { id: 'list', type: 'shotList', data: {} }, upstream: { shots } }, { signal: signal() });
    expect((list.outputs['report'] as { rows: { shotNumber: string }[] }).rows.map((row) => row.shotNumber)).toEqual(['I-1-AA', 'I-2A', 'II-1A']);
    const timeline = await runFunction('assembleTimeline', { node: { id: 't', type: 'timeline', data: {} }, upstream: { shots } }, { signal: signal() });
    expect((timeline.outputs['timeline'] as { clips: { clipName: string }[] }).clips.map((clip) => clip.clipName)).toEqual(['SCI-001-A_SHI-001-AA', 'SCI-002_SHI-002A', 'SCII-001_SHII-001A']);
  });

  it('cut a timeline in drop-frame timecode at 29.97', async () => {
    const scene = await ran(sceneTwelve, 'sceneBreakdown');
    const long = await ran({ ...shot12A, data: { ...shot12A.data, durationS: 70 } }, 'shotRef', { scene: [scene] });
    const { outputs } = await runFunction('assembleTimeline', { node: { id: 't', type: 'timeline', data: { frameRate: '29.97', timecode: 'DF' } }, upstream: { shots: [long] } }, { signal: signal() });
    expect(outputs['timeline']).toMatchObject({
      dropFrame: true,
      durationFrames: 2098,
      clips: [{ clipName: 'SC012_SH012A', recordInTimecode: '01:00:00;00', recordOutTimecode: '01:01:10;00' }],
    });
  });

  it('say what an export is missing', async () => {
    const camera = await ran(alexa, 'cameraSheet');
    const unwired = await runFunction('exportManifest', { node: { id: 'x', type: 'export', data: { format: 'otio', name: 'Cut 3' } } }, { signal: signal() });
    expect(unwired.outputs['export']).toMatchObject({ fileName: 'Cut_3.otio', ready: false, problems: ['Wire a Timeline into the Timeline input.'] });
    const wrong = await runFunction('exportManifest', { node: { id: 'x', type: 'export', data: { format: 'csv_breakdown' } }, upstream: { report: [{ ...camera, outputs: { report: { kind: 'shotList' } } }] } }, { signal: signal() });
    expect(wrong.outputs['export']).toMatchObject({ fileName: 'csv_breakdown.csv', ready: false, problems: ['This format reads breakdown, not shotList.'] });
  });
});
