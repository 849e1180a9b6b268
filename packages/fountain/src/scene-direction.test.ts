import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse.js';
import { intercutPlaces, sceneDirection } from './scene-direction.js';
import { outline } from './testing/outline.js';

describe('intercuts and returns', () => {
  it.each([
    ['INTERCUT WITH:', 'intercut'],
    ['INTERCUT:', 'intercut'],
    ["INTERCUT - MARA'S CAR / BEN'S OFFICE", 'intercut'],
    ['INTERCUT BETWEEN THE CAR AND THE OFFICE', 'intercut'],
    ['BACK TO SCENE', 'return'],
    ['BACK TO PRESENT DAY.', 'return'],
    ['END INTERCUT', 'return'],
    ['END OF FLASHBACK', 'return'],
    ['Intercut with the office.', null],
    ['INTERCUTTING IS HARD', null],
    ['BACK TO WORK', null],
    // Spanish and French scripts.
    ['INTERCALAR CON:', 'intercut'],
    ['INTERCALADO CON:', 'intercut'],
    ['INTERCALAR - COCHE DE MARA / OFICINA DE BEN', 'intercut'],
    ['EN ALTERNANCE AVEC :', 'intercut'],
    ['MONTAGE ALTERNÉ', 'intercut'],
    ['MONTAGE ALTERNÉ - LA VOITURE / LE BUREAU', 'intercut'],
    ['Intercalar con la oficina.', null],
    ['MONTAGE DE LA SCÈNE', null],
  ])('%s reads %s', (line, direction) => {
    expect(sceneDirection(line)).toBe(direction);
  });

  it('names the places an intercut line gives', () => {
    expect(intercutPlaces("INTERCUT - MARA'S CAR / BEN'S OFFICE")).toEqual(["MARA'S CAR", "BEN'S OFFICE"]);
    expect(intercutPlaces('INTERCUT BETWEEN INT. CAR AND EXT. PHONE BOOTH:')).toEqual(['CAR', 'PHONE BOOTH']);
    expect(intercutPlaces('INTERCUT WITH:')).toEqual([]);
    expect(intercutPlaces('INTERCUT')).toEqual([]);
    expect(intercutPlaces('INTERCALAR CON:')).toEqual([]);
    expect(intercutPlaces('INTERCALAR - COCHE DE MARA / OFICINA DE BEN')).toEqual(['COCHE DE MARA', 'OFICINA DE BEN']);
    expect(intercutPlaces('INTERCALAR ENTRE INT. COCHE Y EXT. CABINA')).toEqual(['COCHE', 'CABINA']);
    expect(intercutPlaces('EN ALTERNANCE AVEC :')).toEqual([]);
    expect(intercutPlaces('MONTAGE ALTERNÉ ENTRE LA VOITURE ET LE BUREAU')).toEqual(['LA VOITURE', 'LE BUREAU']);
  });

  it('are transitions, not action, after a blank line', () => {
    const script = [
      'INT. BULLPEN - NIGHT',
      '',
      'MAGGIE (INTO PHONE)',
      "O'Brien.",
      '',
      'INTERCUT WITH:',
      '',
      "INT. CORONER'S OFFICE - SAME",
      '',
      'DR. NAIR',
      'You want to see this.',
      '',
      'BACK TO SCENE',
      '',
      'MAGGIE hangs up.',
      '',
      'END INTERCUT',
      'Nair waits.',
      '',
    ].join('\n');
    expect(outline(parseFountain(script))).toEqual([
      'HEADING INT | BULLPEN | NIGHT | #',
      'CHARACTER MAGGIE [INTO PHONE]',
      'DIALOGUE "O\'Brien."',
      'TRANSITION "INTERCUT WITH:"',
      "HEADING INT | CORONER'S OFFICE | SAME | #",
      'CHARACTER DR. NAIR []',
      'DIALOGUE "You want to see this."',
      'TRANSITION "BACK TO SCENE"',
      'ACTION "MAGGIE hangs up."',
      // Not a cue speaking "Nair waits.": a direction needs no blank line after it.
      'TRANSITION "END INTERCUT"',
      'ACTION "Nair waits."',
    ]);
  });
});
