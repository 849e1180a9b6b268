import { describe, expect, it } from 'vitest';
import { FIXTURES, blockingIssues, castOf, fountainFixture, kitchenStory, named, ofType, sceneAt } from '../testing/scripts.js';
import { exportFountain } from '../export/export-fountain.js';
import { importScreenplay } from './import-screenplay.js';

describe('importing a screenplay into a new graph', () => {
  const { document, report } = importScreenplay(kitchenStory);

  it('creates a Script, Scenes, Characters and Locations, and reports the counts', () => {
    expect(ofType(document, 'script').map((n) => [n.data['title'], n.data['source']])).toEqual([['The Plate', kitchenStory]]);
    expect(ofType(document, 'scene')).toHaveLength(3);
    expect(ofType(document, 'character').map((n) => n.data['name'])).toEqual(['ANNA', 'BEN', 'MRS. PARK']);
    expect(named(document, 'character', 'MRS. PARK').data['aliases']).toEqual(['MRS PARK']);
    expect(ofType(document, 'location').map((n) => [n.data['name'], n.data['parent'], n.data['intExt']])).toEqual([
      ['HOUSE - KITCHEN', 'HOUSE', 'INT'],
      ['HOUSE - GARDEN', 'HOUSE', 'EXT'],
      ['DINER', '', 'INT'],
    ]);
    expect(report).toMatchObject({ title: 'The Plate', scenes: 3, characters: 3, locations: 3, warnings: [] });
    expect(report.changes.addedNodes).toHaveLength(1 + 3 + 3 + 3);
  });

  it('casts speakers as speaking and UPPERCASE mentions in action as not speaking', () => {
    expect(castOf(document)).toEqual([
      'ANNA→1 (speaking)',
      'ANNA→2',
      'ANNA→3 (speaking)',
      'BEN→1 (speaking)',
      'BEN→3 (speaking)',
      'MRS. PARK→2 (speaking)',
      'MRS. PARK→3 (speaking)',
    ]);
  });

  it('makes a silent bit of a person the action introduces with an age and never gives a line', () => {
    const { document: diner } = importScreenplay('INT. DINER - NIGHT\n\nJUNE (40s) watches from the door.\n\nANNA\nMore coffee?');
    expect(ofType(diner, 'character').map((n) => [n.data['name'], n.data['role']])).toEqual([
      ['ANNA', 'lead'],
      ['JUNE', 'minor'],
    ]);
    expect(castOf(diner)).toEqual(['ANNA→1 (speaking)', 'JUNE→1']);
  });

  it('links each Scene to the Location its heading names', () => {
    const links = document.edges.filter((edge) => edge.targetHandle === 'location');
    const name = (id: string) => document.nodes.find((node) => node.id === id)?.data['name'];
    const scene = (id: string) => document.nodes.find((node) => node.id === id)?.data['locationName'];
    expect(links.map((edge) => [name(edge.source), scene(edge.target)])).toEqual([
      ['HOUSE - KITCHEN', 'HOUSE - KITCHEN'],
      ['HOUSE - GARDEN', 'HOUSE - GARDEN'],
      ['DINER', 'DINER'],
    ]);
  });

  it('lays the script out left to right, each wire running one way: Script, Characters, Locations, Scenes in story order', () => {
    const x = (type: string) => [...new Set(ofType(document, type).map((node) => node.position.x))];
    expect(x('script')).toEqual([0]);
    expect(x('character')).toEqual([360]);
    // In order of first appearance, each level with the row of its first scene (all three are in the first row).
    expect(ofType(document, 'location').map((node) => [node.data['name'], node.position])).toEqual([
      ['HOUSE - KITCHEN', { x: 720, y: 0 }],
      ['HOUSE - GARDEN', { x: 720, y: 170 }],
      ['DINER', { x: 720, y: 340 }],
    ]);
    const scenes = ofType(document, 'scene').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
    expect(scenes.map((node) => node.position)).toEqual([{ x: 1080, y: 0 }, { x: 1400, y: 0 }, { x: 1720, y: 0 }]);
  });

  it('derives ids from stable keys: the same script gives the same document', () => {
    expect(importScreenplay(kitchenStory).document).toEqual(document);
    for (const node of document.nodes) expect(node.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(sceneAt(document, 'DINER').id).toMatch(/^scn_int-diner-night_[0-9a-f]{8}$/);
  });

  it.each(FIXTURES)('imports the %s fixture into a graph without blocking issues', (name) => {
    const imported = importScreenplay(fountainFixture(name));
    expect(blockingIssues(imported.document)).toEqual([]);
    expect(ofType(imported.document, 'scene').length).toBe(imported.report.scenes);
  });

  it('reads the Brick & Steel corpus script', () => {
    const imported = importScreenplay(fountainFixture('brick-and-steel'));
    expect(imported.report).toMatchObject({ title: 'BRICK & STEEL FULL RETIRED', scenes: 3, characters: 5, locations: 2 });
    expect(ofType(imported.document, 'character').map((n) => n.data['name'])).toEqual(['STEEL', 'BRICK', 'DAN', 'JACK', 'MCCLANE']);
    expect(sceneAt(imported.document, "BRICK'S PATIO").data).toMatchObject({
      intExt: 'EXT',
      timeOfDay: 'DAY',
      synopsis: '', // "= Brick and Steel arrive…" sits under # ACT I: the act's, not the scene's
      transitionOut: 'CUT TO:',
    });
    expect(imported.report.warnings.map((w) => w.code)).toEqual(['heading_without_int_ext']);
  });

  it('leaves INT/EXT blank for a forced heading without one (.THE VOID), and exports it forced again', () => {
    const { document } = importScreenplay('.THE VOID\n\nNothing. Then a heartbeat.\n\nINT. WARD - NIGHT\n\nANNA wakes.\n');
    const scenes = ofType(document, 'scene').map((scene) => [scene.data['locationName'], scene.data['intExt']]);
    expect(scenes).toEqual([
      ['THE VOID', ''],
      ['WARD', 'INT'],
    ]);
    expect(blockingIssues(document)).toEqual([]);
    expect(exportFountain(document)).toMatch(/^\.THE VOID #1#$/m);
    // Re-importing the export changes no scene (only the Script's text, now numbered): nothing reads the void as an interior.
    expect(importScreenplay(exportFountain(document), { existing: document }).report.changes.updatedNodes.filter((id) => id !== 'script')).toEqual([]);
  });


  it('makes a forced secondary heading inside a scene a Shot of that scene, not a Scene without a set', () => {
    const source = 'EXT. QUARRY ROAD, DAY\n\nINES watches the hill. She sees\n\n.THE TRACTOR\n\nroll backwards.\n\n.INES\n\nruns for it.\n\nINT. CABIN, LATER\n\nINES\nWho left the brake off?\n';
    const { document, report } = importScreenplay(source);
    expect(ofType(document, 'scene').map((scene) => [scene.data['locationName'], scene.data['timeOfDay']])).toEqual([
      ['QUARRY ROAD', 'DAY'],
      ['CABIN', 'LATER'],
    ]);
    expect(ofType(document, 'shot').map((shot) => shot.data['description'])).toEqual(['THE TRACTOR', 'INES']);
    expect(report.warnings.filter((warning) => warning.code === 'heading_without_int_ext')).toEqual([]);
  });
  it('reads CRLF, lowercase headings, scene numbers and non-ASCII names', () => {
    const imported = importScreenplay(fountainFixture('messy-crlf'));
    expect(sceneAt(imported.document, 'KITCHEN').data).toMatchObject({ sceneNumber: '12A', intExt: 'INT', timeOfDay: 'NIGHT' });
    expect(ofType(imported.document, 'character').map((n) => n.data['name'])).toEqual(['ANNA', 'BEN', 'JOSÉ', 'ZOË']);
    expect(sceneAt(imported.document, 'CAR - MOVING').data).toMatchObject({ intExt: 'INT/EXT', timeOfDay: 'CONTINUOUS', transitionOut: 'SMASH CUT TO:' });
    expect(String(sceneAt(imported.document, 'KITCHEN').data['scriptText'])).not.toContain('\r');
  });

  it('imports a script without scenes as a Script node and a warning', () => {
    const imported = importScreenplay('');
    expect(imported.document.nodes.map((node) => node.type)).toEqual(['script']);
    expect(imported.report.warnings.map((w) => w.code)).toEqual(['no_scene_headings']);
  });
});
