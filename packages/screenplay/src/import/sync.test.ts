import { createEdgeId, createNode, type GraphDocument, type GraphEdge } from '@pc/graph';
import { finalDraftToFountain } from '@pc/final-draft';
import { describe, expect, it } from 'vitest';
import { blockingIssues, castOf, kitchenStory, named, ofType, sceneAt } from '../testing/scripts.js';
import { exportFountain } from '../export/export-fountain.js';
import { importScreenplay } from './import-screenplay.js';
import { REMOVED_FROM_SCRIPT_TAG } from './scenes.js';

const link = (source: string, sourceHandle: string, target: string, targetHandle: string): GraphEdge => ({
  id: createEdgeId({ source, sourceHandle, target, targetHandle }),
  source,
  sourceHandle,
  target,
  targetHandle,
});

/** The imported story after a day of work: a Shot, notes, a moved card, a look, a Style. */
const workedOn = (): GraphDocument => {
  const doc = importScreenplay(kitchenStory).document;
  const kitchen = sceneAt(doc, 'HOUSE - KITCHEN');
  const diner = sceneAt(doc, 'DINER');
  const ben = named(doc, 'character', 'BEN');
  kitchen.data['notes'] = 'Shoot at dusk for the window light.';
  kitchen.position = { x: 5000, y: 5000 };
  kitchen.data['storyDay'] = 3;
  (ben.data['appearance'] as Record<string, unknown>)['hair'] = 'sandy, short';
  const shot = createNode('shot', { id: 'shot_user_1', position: { x: 720, y: 400 }, data: { shotNumber: '1A', shotSize: 'MCU' } });
  const style = createNode('style', { id: 'style_noir', position: { x: 0, y: 900 }, data: { name: 'Noir', prefix: 'black and white' } });
  const joes = createNode('location', { id: 'loc_user_joes', position: { x: 0, y: 1200 }, data: { name: "JOE'S DINER" } });
  doc.nodes.push(shot, style, joes);
  doc.edges = doc.edges.filter((edge) => !(edge.target === diner.id && edge.targetHandle === 'location'));
  doc.edges.push(
    link(kitchen.id, 'scene', shot.id, 'scene'),
    link(ben.id, 'character', shot.id, 'characters'),
    link(style.id, 'style', diner.id, 'style'),
    link(joes.id, 'location', diner.id, 'location'),
  );
  return doc;
};

/** Kitchen renamed to a pantry (same body), garden cut, a street scene with a DRIVER added. */
const edited = kitchenStory
  .replace('INT. HOUSE - KITCHEN - NIGHT', 'INT. HOUSE - PANTRY - NIGHT')
  .replace(/EXT\. HOUSE - GARDEN - DAY[\s\S]*?(?=INT\. DINER)/, 'EXT. STREET - NIGHT\n\nA cab waits.\n\nDRIVER\nWhere to?\n\n');

describe('re-importing an edited script', () => {
  const before = workedOn();
  const { document, report } = importScreenplay(edited, { existing: before });

  it('keeps the renamed scene’s node, with its Shot, notes, position and story day, and updates its heading', () => {
    const pantry = sceneAt(document, 'HOUSE - PANTRY');
    expect(pantry.id).toBe(sceneAt(before, 'HOUSE - KITCHEN').id);
    expect(pantry.data).toMatchObject({ notes: 'Shoot at dusk for the window light.', storyDay: 3, timeOfDay: 'NIGHT', order: 1 });
    expect(pantry.position).toEqual({ x: 5000, y: 5000 });
    expect(document.nodes.find((node) => node.id === 'shot_user_1')).toBeDefined();
    expect(document.edges.filter((edge) => edge.target === 'shot_user_1')).toHaveLength(2);
  });

  it('moves the renamed scene to the Location its heading now names', () => {
    const pantry = sceneAt(document, 'HOUSE - PANTRY');
    const location = document.edges.find((edge) => edge.target === pantry.id && edge.targetHandle === 'location');
    expect(document.nodes.find((node) => node.id === location?.source)?.data).toMatchObject({ name: 'HOUSE - PANTRY', parent: 'HOUSE' });
    expect(named(document, 'location', 'HOUSE - KITCHEN')).toBeDefined(); // kept: it may carry work
  });

  it('keeps a Location the user linked instead of the heading’s', () => {
    const diner = sceneAt(document, 'DINER');
    expect(document.edges.filter((edge) => edge.target === diner.id && edge.targetHandle === 'location').map((edge) => edge.source)).toEqual([
      'loc_user_joes',
    ]);
    expect(document.edges.some((edge) => edge.source === 'style_noir' && edge.target === diner.id)).toBe(true);
  });

  it('adds the new scene and the new character, below the existing work', () => {
    const street = sceneAt(document, 'STREET');
    expect(street.data).toMatchObject({ sceneNumber: '2', order: 2, intExt: 'EXT', timeOfDay: 'NIGHT' });
    const lowest = Math.max(...before.nodes.map((node) => node.position.y));
    expect(street.position.y).toBeGreaterThan(lowest);
    expect(named(document, 'character', 'DRIVER').position.y).toBeGreaterThan(lowest);
    expect(castOf(document)).toContain('DRIVER→2 (speaking)');
  });

  it('flags the cut scene instead of deleting it, with a warning', () => {
    const garden = sceneAt(document, 'HOUSE - GARDEN');
    expect(garden.data['tags']).toEqual([REMOVED_FROM_SCRIPT_TAG]);
    expect(report.changes.flaggedScenes).toEqual([garden.id]);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'scene_removed_from_script', message: expect.stringContaining('Scene 2') })]);
  });

  it('keeps what the user wrote on characters and the script text it owns in step', () => {
    expect((named(document, 'character', 'BEN').data['appearance'] as Record<string, unknown>)['hair']).toBe('sandy, short');
    expect(ofType(document, 'script')[0]?.data['source']).toBe(edited);
    expect(blockingIssues(document)).toEqual([]);
  });

  it('changes nothing when the same script is imported again', () => {
    const again = importScreenplay(edited, { existing: document });
    expect(again.document).toEqual(document);
    expect(again.report.changes).toEqual({ addedNodes: [], updatedNodes: [], flaggedScenes: [sceneAt(document, 'HOUSE - GARDEN').id], addedEdges: [], replacedEdges: [] });
  });

  it('unflags a scene that comes back', () => {
    const restored = importScreenplay(kitchenStory, { existing: document }).document;
    expect(sceneAt(restored, 'HOUSE - GARDEN').data['tags']).toEqual([]);
  });
});

describe('matching what the user drew before importing', () => {
  it('reuses a Character by name or alias and a Location by name, adding new spellings as aliases', () => {
    const doc: GraphDocument = {
      schemaVersion: 1,
      nodes: [
        createNode('character', { id: 'anna_by_hand', position: { x: 0, y: 0 }, data: { name: 'Anna', aliases: ['ANNIE'] } }),
        createNode('location', { id: 'diner_by_hand', position: { x: 0, y: 0 }, data: { name: 'diner', description: 'Chrome and vinyl.' } }),
      ],
      edges: [],
    };
    const { document } = importScreenplay(kitchenStory.replace("ANNA\nI'm not hungry.", "ANNIE\nI'm not hungry."), { existing: doc });
    expect(ofType(document, 'character').filter((node) => node.id === 'anna_by_hand')).toHaveLength(1);
    expect(ofType(document, 'character').map((node) => node.data['name'])).toEqual(['Anna', 'BEN', 'MRS. PARK']);
    expect(ofType(document, 'location').find((node) => node.id === 'diner_by_hand')?.data['description']).toBe('Chrome and vinyl.');
    expect(castOf(document)).toContain('Anna→1 (speaking)');
  });

  it('turns a cast link speaking when the character gets a line', () => {
    const first = importScreenplay(kitchenStory).document;
    const spoken = kitchenStory.replace('Rain. ANNA digs.', 'Rain. ANNA digs.\n\nANNA\nStill raining.');
    const { document, report } = importScreenplay(spoken, { existing: first });
    expect(castOf(document)).toContain('ANNA→2 (speaking)');
    expect(report.changes.replacedEdges).toHaveLength(1);
  });

  it('only adds in create mode, leaving existing scenes as they are', () => {
    const first = importScreenplay(kitchenStory).document;
    const { document } = importScreenplay(edited, { existing: first, mode: 'create' });
    expect(sceneAt(document, 'HOUSE - KITCHEN').data['tags']).toEqual([]);
    expect(ofType(document, 'scene').map((node) => node.data['locationName'])).toContain('STREET');
  });
});

describe('a scene shot in a moving vehicle', () => {
  const inTheVan = ['INT. VAN - MOVING - NIGHT #4#', '', 'MARA drives.', ''].join('\n');

  it('is set in the vehicle, the heading kept as written', () => {
    const { document } = importScreenplay(inTheVan);
    const scene = sceneAt(document, 'VAN - MOVING');
    const location = document.edges.find((edge) => edge.target === scene.id && edge.targetHandle === 'location');
    expect(document.nodes.find((node) => node.id === location?.source)?.data).toMatchObject({ name: 'VAN', parent: '' });
    expect(ofType(document, 'location').map((node) => node.data['name'])).toEqual(['VAN']);
  });

  it('follows its heading to another vehicle on re-import', () => {
    const first = importScreenplay(inTheVan).document;
    const { document } = importScreenplay(inTheVan.replace('VAN', 'TRUCK'), { existing: first });
    const scene = sceneAt(document, 'TRUCK - MOVING');
    const links = document.edges.filter((edge) => edge.target === scene.id && edge.targetHandle === 'location');
    expect(links.map((edge) => document.nodes.find((node) => node.id === edge.source)?.data['name'])).toEqual(['TRUCK']);
  });
});

describe('a shooting script’s shot lines', () => {
  it('makes a Shot of each shot line of a shooting script, under its Scene, and finds it again on re-import', () => {
    const draft = (line: string) =>
      ['INT. LIGHTHOUSE - NIGHT #12#', '', 'MARIA climbs. TOMAS waits below.', '', 'CLOSE ON MARIA', '', 'Her hand finds the rail.', '', line, '', 'A gull.', '', 'TOMAS', 'Careful.', '', 'MARIA', 'I know.', ''].join('\n');
    const imported = importScreenplay(draft('INSERT - THE LETTER'));
    expect(imported.report.shots).toBe(2);
    const first = imported.document;
    const shots = ofType(first, 'shot');
    expect(shots.map((shot) => [shot.data['shotNumber'], shot.data['description'], shot.data['shotSize'], shot.data['action']])).toEqual([
      ['12A', 'CLOSE ON MARIA', 'CU', 'Her hand finds the rail.'],
      ['12B', 'INSERT - THE LETTER', 'INSERT', 'A gull.'],
    ]);
    const scene = sceneAt(first, 'LIGHTHOUSE');
    const maria = named(first, 'character', 'MARIA');
    expect(first.edges.filter((edge) => edge.targetHandle === 'scene').map((edge) => [edge.source, edge.target])).toEqual(shots.map((shot) => [scene.id, shot.id]));
    expect(first.edges.filter((edge) => edge.targetHandle === 'characters' && edge.target === shots[0]!.id).map((edge) => edge.source)).toEqual([maria.id]);
    expect(blockingIssues(first)).toEqual([]);

    // The user sets a lens; the writer rewrites the insert. The same two Shots, the lens kept.
    shots[0]!.data['lensMm'] = 85;
    const again = importScreenplay(draft('INSERT - THE TORN LETTER'), { existing: first });
    const after = ofType(again.document, 'shot');
    expect(after.map((shot) => [shot.id, shot.data['shotNumber'], shot.data['description'], shot.data['lensMm']])).toEqual([
      [shots[0]!.id, '12A', 'CLOSE ON MARIA', 85],
      [shots[1]!.id, '12B', 'INSERT - THE TORN LETTER', 35],
    ]);
    expect(again.report.changes.addedNodes).toEqual([]);
    expect(importScreenplay(draft('INSERT - THE TORN LETTER'), { existing: again.document }).report.changes).toMatchObject({ addedNodes: [], updatedNodes: [], addedEdges: [] });
  });

  it('keeps each Shot, and what the user set on it, with its own shot line when the draft inserts, removes, rewords and reorders lines', () => {
    const scene = (...lines: string[]) => ['INT. LIGHTHOUSE - NIGHT #12#', '', 'MARIA climbs. TOMAS waits below.', '', ...lines.flatMap((line) => [line, '', `Under ${line.toLowerCase()}.`, ''])].join('\n');
    const first = importScreenplay(scene('WIDE - THE STAIRS', 'CLOSE ON MARIA', 'INSERT - THE LETTER', 'ANGLE ON TOMAS', 'CLOSE ON THE RAIL')).document;
    // The user's work on each Shot: a lens, a note, a review status, all different.
    const work = new Map<string, string>();
    ofType(first, 'shot').forEach((shot, index) => {
      Object.assign(shot.data, { lensMm: 20 + index, notes: `note ${String(shot.data['description'])}`, status: index % 2 === 0 ? 'approved' : 'review' });
      work.set(String(shot.data['description']), shot.id);
    });
    const userFields = (document: GraphDocument) =>
      ofType(document, 'shot').map((shot) => [shot.id, shot.data['description'], shot.data['action'], shot.data['order'], shot.data['notes'], shot.data['lensMm'], shot.data['status']]);
    const kept = (line: string, id = work.get(line)!) => {
      const shot = ofType(first, 'shot').find((node) => node.id === id)!;
      return [id, shot.data['notes'], shot.data['lensMm'], shot.data['status']];
    };

    // A line inserted first, one removed (ANGLE ON TOMAS), one reworded (THE LETTER → THE TORN LETTER), two swapped.
    const next = importScreenplay(scene('ESTABLISHING - THE LIGHTHOUSE', 'WIDE - THE STAIRS', 'CLOSE ON THE RAIL', 'INSERT - THE TORN LETTER', 'CLOSE ON MARIA'), { existing: first });
    const added = next.report.changes.addedNodes.filter((id) => id.startsWith('sht_'));
    expect(added).toHaveLength(1);
    const byLine = new Map(userFields(next.document).map((row) => [row[1], row]));
    expect(byLine.get('ESTABLISHING - THE LIGHTHOUSE')).toEqual([added[0], 'ESTABLISHING - THE LIGHTHOUSE', 'Under establishing - the lighthouse.', 1, '', 35, 'todo']);
    for (const [line, was, order] of [
      ['WIDE - THE STAIRS', 'WIDE - THE STAIRS', 2],
      ['CLOSE ON THE RAIL', 'CLOSE ON THE RAIL', 3],
      ['INSERT - THE TORN LETTER', 'INSERT - THE LETTER', 4],
      ['CLOSE ON MARIA', 'CLOSE ON MARIA', 5],
    ] as const) {
      const [id, notes, lensMm, status] = kept(was);
      expect(byLine.get(line)).toEqual([id, line, `Under ${line.toLowerCase()}.`, order, notes, lensMm, status]);
    }
    // The removed line's Shot is kept as the user left it, its script text untouched, tagged as a cut Scene is.
    expect(byLine.get('ANGLE ON TOMAS')).toEqual([...kept('ANGLE ON TOMAS').slice(0, 1), 'ANGLE ON TOMAS', 'Under angle on tomas.', 4, ...kept('ANGLE ON TOMAS').slice(1)]);
    const tagsOf = (document: GraphDocument) => ofType(document, 'shot').flatMap((shot) => (Array.isArray(shot.data['tags']) && shot.data['tags'].length > 0 ? [[shot.data['description'], shot.data['tags']]] : []));
    expect(tagsOf(next.document)).toEqual([['ANGLE ON TOMAS', [REMOVED_FROM_SCRIPT_TAG]]]);
    expect(blockingIssues(next.document)).toEqual([]);
    // And the next import of the same draft changes nothing.
    expect(importScreenplay(scene('ESTABLISHING - THE LIGHTHOUSE', 'WIDE - THE STAIRS', 'CLOSE ON THE RAIL', 'INSERT - THE TORN LETTER', 'CLOSE ON MARIA'), { existing: next.document }).report.changes).toMatchObject({ addedNodes: [], updatedNodes: [], addedEdges: [] });
    // The line comes back: its Shot is untagged.
    const back = importScreenplay(scene('WIDE - THE STAIRS', 'ANGLE ON TOMAS', 'CLOSE ON THE RAIL'), { existing: next.document }).document;
    expect(tagsOf(back).map(([line]) => line)).toEqual(['CLOSE ON MARIA', 'INSERT - THE TORN LETTER', 'ESTABLISHING - THE LIGHTHOUSE']);
    expect(ofType(back, 'shot').find((shot) => shot.data['description'] === 'ANGLE ON TOMAS')!.id).toBe(work.get('ANGLE ON TOMAS'));
  });

  it('makes a Shot of a Final Draft Shot paragraph whose words name no shot (MARIA’S HANDS): its type says it is one', () => {
    const paragraph = (type: string, text: string) => `<Paragraph Type="${type}"><Text>${text}</Text></Paragraph>`;
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>\n<FinalDraft DocumentType="Script" Version="5"><Content>',
      '<Paragraph Number="4" Type="Scene Heading"><Text>INT. KITCHEN - NIGHT</Text></Paragraph>',
      paragraph('Action', 'MARIA sits. The letter is open.'),
      paragraph('Character', 'MARIA'),
      paragraph('Dialogue', 'No.'),
      paragraph('Shot', "Maria's hands"),
      paragraph('Action', 'They shake.'),
      '</Content></FinalDraft>',
    ].join('\n');
    const { fountain, shotLines } = finalDraftToFountain(xml);
    const { document, report } = importScreenplay(fountain, { shotLines });
    expect(report.shots).toBe(1);
    expect(ofType(document, 'shot').map((shot) => [shot.data['shotNumber'], shot.data['description'], shot.data['action'], shot.data['shotSize']])).toEqual([['4A', "MARIA'S HANDS", 'They shake.', 'MS']]);
    const [shot] = ofType(document, 'shot');
    expect(document.edges.filter((edge) => edge.targetHandle === 'characters' && edge.target === shot!.id).map((edge) => document.nodes.find((node) => node.id === edge.source)?.data['name'])).toEqual(['MARIA']);
    // Read as plain Fountain, the same words are action: a line of capitals needs shot words to be a shot.
    expect(importScreenplay(fountain).report.shots).toBe(0);
  });

  it('makes a Shot of a Beat / Fount `!!` shot line whatever its words, and keeps a forced `!` line of shot words a Shot', () => {
    const script = ['INT. PANTRY - NIGHT #7#', '', 'MARIA opens the cupboard.', '', "!!inside the cupboard", '', 'Rats scatter.', '', '!!insert - her phone', '', '!CLOSE ON THE KEY', 'It glints.', '', 'MARIA', 'Oh.', ''].join('\n');
    const { document, report } = importScreenplay(script);
    expect(report.shots).toBe(3);
    expect(ofType(document, 'shot').map((shot) => [shot.data['shotNumber'], shot.data['description'], shot.data['action'], shot.data['shotSize']])).toEqual([
      ['7A', 'INSIDE THE CUPBOARD', 'Rats scatter.', 'MS'],
      ['7B', 'INSERT - HER PHONE', '', 'INSERT'],
      ['7C', 'CLOSE ON THE KEY', 'It glints.', 'CU'],
    ]);
  });

  it('makes a Shot of a shot line written with its action right under it, and no character of it', () => {
    const { document } = importScreenplay('INT. HALL - NIGHT #3#\n\nANGLE ON THE DOOR\nIt opens. MARIA steps in.\n\nMARIA\nHello?\n');
    expect(ofType(document, 'character').map((node) => node.data['name'])).toEqual(['MARIA']);
    expect(ofType(document, 'shot').map((shot) => [shot.data['shotNumber'], shot.data['description'], shot.data['action']])).toEqual([['3A', 'ANGLE ON THE DOOR', 'It opens. MARIA steps in.']]);
  });

  it('leaves a Shot unnumbered where its scene’s number leaves no valid shot number (12ABC, 12I)', () => {
    const { document } = importScreenplay('INT. HALL - NIGHT #12ABC#\n\nCLOSE ON THE DOOR\n\nINT. YARD - DAY #12I#\n\nWIDE - THE YARD\n');
    expect(ofType(document, 'shot').map((shot) => shot.data['shotNumber'])).toEqual(['', '']);
    expect(blockingIssues(document)).toEqual([]);
  });

  it('numbers the shots of a television script’s act-scene (I-1-A, II-14) from it, and exports the numbers back', () => {
    const script = 'INT. HALL - NIGHT #I-1-A#\n\nCLOSE ON THE DOOR\n\nINT. YARD - DAY #II-14#\n\nWIDE - THE YARD\n\nINSERT - THE KEY\n';
    const { document } = importScreenplay(script);
    expect(ofType(document, 'shot').map((shot) => shot.data['shotNumber'])).toEqual(['I-1-AA', 'II-14A', 'II-14B']);
    expect(blockingIssues(document)).toEqual([]);
    expect(exportFountain(document)).toContain('INT. HALL - NIGHT #I-1-A#');
    expect(exportFountain(document)).toContain('INT. YARD - DAY #II-14#');
  });

  it('numbers a script’s shots past the numbers the user’s Shots already have', () => {
    const doc = workedOn();
    const script = kitchenStory.replace(/^(INT\. HOUSE - KITCHEN.*)$/m, '$1\n\nANGLE ON BEN\n');
    const shots = ofType(importScreenplay(script, { existing: doc }).document, 'shot');
    expect(shots.map((shot) => shot.data['shotNumber'])).toEqual(['1A', '1B']);
  });
});
