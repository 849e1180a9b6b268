import { describe, expect, it } from 'vitest';
import { exportFountain } from '../export/export-fountain.js';
import { importScreenplay } from '../import/import-screenplay.js';
import { ofType } from '../testing/scripts.js';
import { analyzeScreenplay } from './analyze.js';

// Written for this test, after Big Fish (John August), which opens on a river and a voice-over before any heading.
const SCRIPT = [
  'Title: The Long Pike',
  '',
  'A story told many times, never the same way twice.',
  '',
  'FADE IN:',
  '',
  'A LAKE. Under the surface, an old pike drifts past the reeds.',
  '',
  'GRANDPA (V.O.)',
  'Some fish you never catch.',
  '',
  'A hook dangles. The pike ignores it.',
  '',
  'INT. NURSERY - NIGHT',
  '',
  'GRANDPA sits by a cot.',
  '',
  'GRANDPA',
  'Until the day you were born.',
  '',
  'EXT. JETTY - DAY',
  '',
  'GRANDPA',
  'That was the day.',
  '',
].join('\n');

describe('the opening before the first heading', () => {
  it('is a scene of its own when someone speaks there: no set, no number, and a warning that says so', () => {
    const { scenes, warnings } = analyzeScreenplay(SCRIPT);
    expect(scenes.map((scene) => [scene.sceneNumber, scene.heading, scene.hasIntExt, scene.speakers])).toEqual([
      ['', 'OPENING', false, ['GRANDPA']],
      ['1', 'INT. NURSERY - NIGHT', true, ['GRANDPA']],
      ['2', 'EXT. JETTY - DAY', true, ['GRANDPA']],
    ]);
    // From after FADE IN: — the epigraph above it is not the scene's, and still belongs to none.
    expect(scenes[0]!.scriptText).toMatch(/^A LAKE\. Under the surface/);
    expect(scenes[0]!.scriptText).toMatch(/The pike ignores it\.$/);
    expect(warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['text_outside_scenes', 3],
      ['text_outside_scenes', 7],
    ]);
    expect(warnings[1]!.message).toContain('the scene OPENING, with no set and no number');
  });

  it('leaves lines nobody speaks before the first heading out of every scene, as a note or a cold open', () => {
    const { scenes, warnings } = analyzeScreenplay('BLACK.\n\nSUPER: Norfolk, 1953\n\nINT. NURSERY - NIGHT\n\nGRANDPA\nHush.\n');
    expect(scenes.map((scene) => scene.heading)).toEqual(['INT. NURSERY - NIGHT']);
    expect(warnings.map((warning) => warning.code)).toEqual(['text_outside_scenes']);
  });

  it('comes back from its export as the same scenes', () => {
    const first = importScreenplay(SCRIPT).document;
    const again = analyzeScreenplay(exportFountain(first));
    expect(again.scenes.map((scene) => [scene.heading, scene.speakers])).toEqual([
      ['OPENING', ['GRANDPA']],
      ['INT. NURSERY - NIGHT', ['GRANDPA']],
      ['EXT. JETTY - DAY', ['GRANDPA']],
    ]);
  });

  it('re-imports from its export, and again, with no warning and no second scene: .OPENING is the opening, unnumbered', () => {
    const scenesOf = (document: ReturnType<typeof importScreenplay>['document']) =>
      ofType(document, 'scene').map(({ id, data }) => [id, data['locationName'], data['intExt'], data['sceneNumber']]);
    const first = importScreenplay(SCRIPT).document;
    const exported = exportFountain(first);
    expect(exported).toMatch(/^\.OPENING$/m);
    expect(exported).toMatch(/^INT\. NURSERY - NIGHT #1#$/m);

    const second = importScreenplay(exported, { existing: first });
    expect(second.report.warnings).toEqual([]);
    expect(second.report.changes.addedNodes).toEqual([]);
    expect(second.report.changes.updatedNodes.filter((id) => id !== 'script')).toEqual([]);
    expect(scenesOf(second.document)).toEqual(scenesOf(first));
    expect(scenesOf(first).map(([, name, intExt, number]) => [name, intExt, number])).toEqual([
      ['OPENING', '', ''],
      ['NURSERY', 'INT', '1'],
      ['JETTY', 'EXT', '2'],
    ]);

    const third = importScreenplay(exportFountain(second.document), { existing: second.document });
    expect(third.report.warnings).toEqual([]);
    expect(third.report.changes.addedNodes).toEqual([]);
    expect(third.report.changes.updatedNodes).toEqual([]);
    expect(exportFountain(third.document)).toBe(exported);
    // Into a new graph too: the export's own spelling is read as the opening, not as a heading missing INT./EXT.
    expect(analyzeScreenplay(exported).warnings).toEqual([]);
  });

  it('reads a numbered .OPENING, or one after another heading, as any forced heading', () => {
    const numbered = analyzeScreenplay('.OPENING #1#\n\nGRANDPA\nHush.\n\nINT. NURSERY - NIGHT\n\nGRANDPA\nSleep.\n');
    expect(numbered.scenes.map((scene) => scene.sceneNumber)).toEqual(['1', '2']);
    const later = analyzeScreenplay('INT. NURSERY - NIGHT\n\nGRANDPA\nSleep.\n\n.OPENING\n\nGRANDPA\nHush.\n');
    expect(later.scenes.map((scene) => scene.sceneNumber)).toEqual(['1', '2']);
    expect(later.warnings.map((warning) => warning.code)).toEqual(['heading_without_int_ext']);
  });
});
