import { describe, expect, it } from 'vitest';
import { analyzeScreenplay } from './analyze.js';

/** Each scene's cast as a supervisor reads it: speakers, then `(named)` mentions. */
const castByScene = (source: string): string[] =>
  analyzeScreenplay(source).scenes.map((scene) => `${scene.locationName}: ${[...scene.speakers, ...scene.mentioned.map((key) => `(${key})`)].join(', ')}`);

const call = [
  'INT. BULLPEN - NIGHT',
  '',
  'MAGGIE (INTO PHONE)',
  "O'Brien.",
  '',
  'INTERCUT WITH:',
  '',
  "INT. CORONER'S OFFICE - SAME",
  '',
  'DR. NAIR (ON PHONE)',
  'Same tattoo.',
  '',
];

describe('an intercut', () => {
  it('"INTERCUT WITH:" ends the scene as its transition and casts both ends’ speakers in both scenes', () => {
    const script = [
      ...call.slice(0, 2),
      'CAPTAIN',
      'Go home, Maggie.',
      '',
      ...call.slice(2),
      'MAGGIE (ON PHONE)',
      'Tell me now.',
      '',
      'INT. ROOF - NIGHT',
      '',
      'MAGGIE',
      'Alone.',
      '',
    ].join('\n');
    const analysis = analyzeScreenplay(script);
    expect(analysis.scenes[0]).toMatchObject({ transitionOut: 'INTERCUT WITH:' });
    expect(analysis.scenes[0]!.scriptText).not.toContain('INTERCUT');
    // The CAPTAIN spoke before the call: he is not at the coroner's.
    expect(castByScene(script)).toEqual(['BULLPEN: CAPTAIN, MAGGIE, DR NAIR', "CORONER'S OFFICE: DR NAIR, MAGGIE", 'ROOF: MAGGIE']);
  });

  it('"INTERCUT - A / B" casts the speakers after it in the scenes of both places', () => {
    const script = [
      "INT. MARA'S CAR - NIGHT",
      '',
      'Mara dials. Rain.',
      '',
      "INT. BEN'S OFFICE - NIGHT",
      '',
      'The phone buzzes. Ben answers.',
      '',
      "INTERCUT - MARA'S CAR / BEN'S OFFICE",
      '',
      'MARA',
      'Where are you?',
      '',
      'BEN',
      'Still here. SAM says hi.',
      '',
      'SAM',
      '(from the doorway)',
      'Hi.',
      '',
    ].join('\n');
    const analysis = analyzeScreenplay(script);
    expect(analysis.scenes[1]!.elements.some((element) => element.type === 'action' && element.text.includes('INTERCUT'))).toBe(false);
    expect(castByScene(script)).toEqual(["MARA'S CAR: MARA, BEN, SAM", "BEN'S OFFICE: MARA, BEN, SAM"]);
  });

  it('reads Spanish and French intercut wording the same way', () => {
    const spanish = ['INT. COMISARÍA - NOCHE', '', 'MAGGIE', 'Diga.', '', 'INTERCALAR CON:', '', 'INT. FORENSE - NOCHE', '', 'NAIR', 'El mismo tatuaje.', ''].join('\n');
    expect(analyzeScreenplay(spanish).scenes[0]!.transitionOut).toBe('INTERCALAR CON:');
    // As in English, who spoke before the intercut line is not cast at the other end.
    expect(castByScene(spanish)).toEqual(['COMISARÍA: MAGGIE, NAIR', 'FORENSE: NAIR']);
    const french = ['EXT. CABINE - NUIT', '', 'ANNA', 'Décroche.', '', 'INT. APPARTEMENT - NUIT', '', 'MONTAGE ALTERNÉ', '', 'BEN', 'Allô ?', ''].join('\n');
    expect(castByScene(french)).toEqual(['CABINE: ANNA, BEN', 'APPARTEMENT: BEN']);
  });

  it('a centred "> INTERCUT WITH: <" (or "> **BACK TO SCENE** <") moves the scene as the bare line does', () => {
    const centred = (line: string) => (line === 'INTERCUT WITH:' ? '> INTERCUT WITH: <' : line);
    const script = [...call.map(centred), '> **BACK TO SCENE** <', '', 'JEAN-LUC', 'Bridge?', ''].join('\n');
    const analysis = analyzeScreenplay(script);
    expect(analysis.scenes.map((scene) => scene.transitionOut)).toEqual(['INTERCUT WITH:', '']);
    expect(analysis.scenes[0]!.scriptText).not.toContain('INTERCUT');
    expect(castByScene(script)).toEqual(['BULLPEN: MAGGIE, DR NAIR, JEAN-LUC', "CORONER'S OFFICE: DR NAIR, JEAN-LUC"]);
    // Centred text that gives no direction stays centred text in the scene.
    expect(analyzeScreenplay(['INT. BULLPEN - NIGHT', '', '> THE NEXT MORNING <', ''].join('\n')).scenes[0]).toMatchObject({ transitionOut: '', scriptText: '> THE NEXT MORNING <' });
  });

  it('without places it names, intercuts with the scene before', () => {
    const script = ['EXT. BOOTH - NIGHT', '', 'ANNA', 'Pick up.', '', 'INT. FLAT - NIGHT', '', 'INTERCUT PHONE CALL', '', 'BEN', 'Hello?', ''].join('\n');
    expect(castByScene(script)).toEqual(['BOOTH: ANNA, BEN', 'FLAT: BEN']);
  });
});

describe('back to the scene', () => {
  it('after an intercut, whoever speaks is cast in the scene the text is in and the scene it returns to', () => {
    const script = [
      ...call,
      'BACK TO SCENE',
      '',
      'MAGGIE hangs up. JEAN-LUC reads her face.',
      '',
      'JEAN-LUC',
      'Bridge?',
      '',
    ].join('\n');
    const analysis = analyzeScreenplay(script);
    // The line is a direction, not action: it is no scene's transition and no mention.
    expect(analysis.scenes[1]!.transitionOut).toBe('');
    expect(analysis.scenes[1]!.elements.filter((element) => element.type === 'action').map((element) => element.text)).toEqual([
      'MAGGIE hangs up. JEAN-LUC reads her face.',
    ]);
    expect(castByScene(script)).toEqual(['BULLPEN: MAGGIE, DR NAIR, JEAN-LUC', "CORONER'S OFFICE: DR NAIR, JEAN-LUC, (MAGGIE)"]);
  });

  it('after a flashback, whoever speaks is cast in the present scene too', () => {
    const script = [
      'INT. KITCHEN - NIGHT',
      '',
      'Anna looks at the photo.',
      '',
      'INT. CHURCH - DAY (FLASHBACK)',
      '',
      'PRIEST',
      'You may kiss the bride.',
      '',
      'BACK TO PRESENT',
      '',
      'ANNA',
      'He was so young.',
      '',
    ].join('\n');
    expect(castByScene(script)).toEqual(['KITCHEN: ANNA', 'CHURCH: PRIEST, ANNA']);
  });

  it('reads "FLASHBACK - INT. CHURCH - DAY" as the church’s scene, and returns from it', () => {
    const script = ['INT. KITCHEN - NIGHT', '', 'ANNA', 'Look.', '', 'FLASHBACK - INT. CHURCH - DAY', '', 'PRIEST', 'Kiss.', '', 'BACK TO PRESENT', '', 'BEN', 'See?', ''].join('\n');
    expect(analyzeScreenplay(script).scenes.map((scene) => [scene.locationName, scene.timeOfDay])).toEqual([
      ['KITCHEN', 'NIGHT'],
      ['CHURCH', 'DAY (FLASHBACK)'],
    ]);
    expect(castByScene(script)).toEqual(['KITCHEN: ANNA, BEN', 'CHURCH: PRIEST, BEN']);
  });

  it('after an insert inside the scene, stays in the scene', () => {
    const script = ['INT. KITCHEN - NIGHT', '', 'INSERT - THE LETTER', '', '"Come home."', '', 'BACK TO SCENE', '', 'ANNA', 'No.', '', 'INT. HALL - DAY', '', 'BEN', 'Anna?', ''].join('\n');
    expect(castByScene(script)).toEqual(['KITCHEN: ANNA', 'HALL: BEN']);
  });
});
