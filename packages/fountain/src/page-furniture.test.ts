import { describe, expect, it } from 'vitest';
import { readNumberedHeading, readRightNumberedHeading } from './page-furniture.js';
import { parseFountain } from './parse.js';
import { outline } from './testing/outline.js';

// A page of a shooting script as pdftotext prints it: the scene number in both margins,
// the page number top right after a form feed, (MORE) and CONTINUED: across the break.
const pdfPages = [
  '1    INT. KITCHEN - NIGHT                                      1',
  '',
  '     Anna pushes the plate away.',
  '',
  '                         ANNA',
  "               I'm not hungry.",
  '                               (MORE)',
  '\f                                                          2.',
  '     CONTINUED:                                                1',
  '                         ANNA (CONT’D)',
  '               Not tonight.',
  '                                                   (CONTINUED)',
  '',
  '12A  EXT. GARDEN - DAY                                       12A',
  '',
  '     Rain.',
].join('\n');

describe('a PDF export’s page furniture', () => {
  it('reads numbered headings as headings and drops page numbers, (MORE) and CONTINUED', () => {
    expect(outline(parseFountain(pdfPages))).toEqual([
      'HEADING INT | KITCHEN | NIGHT | #1',
      'ACTION "     Anna pushes the plate away."',
      'CHARACTER ANNA []',
      'DIALOGUE "I\'m not hungry."',
      "CHARACTER ANNA [CONT'D]",
      'DIALOGUE "Not tonight."',
      'HEADING EXT | GARDEN | DAY | #12A',
      'ACTION "     Rain."',
    ]);
    expect(parseFountain(pdfPages).pageFurniture).toEqual([7, 8, 9, 12]);
  });

  it('reads a heading numbered after the word for scene, as a telenovela writes it (ESC. 12. INT. …)', () => {
    const types = (text: string) => outline(parseFountain(text));
    expect(types('ESC. 1. INT. MANSIÓN MENDOZA - SALA - NOCHE\n\nLlueve.')).toEqual(['HEADING INT | MANSIÓN MENDOZA - SALA | NOCHE | #1', 'ACTION "Llueve."']);
    expect(types('ESCENA 12A EXT. HACIENDA - DÍA\n\nSol.')[0]).toBe('HEADING EXT | HACIENDA | DÍA | #12A');
    expect(types('SC 4 INT. KITCHEN - NIGHT\n\nRain.')[0]).toBe('HEADING INT | KITCHEN | NIGHT | #4');
    // The word alone, or before anything but a heading, is action.
    expect(types('Esc. 3 veces llama.')).toEqual(['ACTION "Esc. 3 veces llama."']);
  });

  it('reads a PDF viewer’s copy, which loses the layout and the form feeds', () => {
    const copied = ['1 EXT. PIER - DAWN 1', '', 'PÁDRAIG', 'Nobody crosses.', '(MORE)', '', '2.', '', 'CONTINUED:', 'PÁDRAIG (CONT’D)', 'Not today.', ''].join('\n');
    expect(outline(parseFountain(copied))).toEqual([
      'HEADING EXT | PIER | DAWN | #1',
      'CHARACTER PÁDRAIG []',
      'DIALOGUE "Nobody crosses."',
      "CHARACTER PÁDRAIG [CONT'D]",
      'DIALOGUE "Not today."',
    ]);
  });

  it('keeps "2." after a blank line in a script with no other page furniture (a numbered list in action)', () => {
    const list = ['INT. KITCHEN - DAY', '', 'Anna writes a list on the fridge door.', '', '1.', '', 'Eggs.', '', '2.', '', 'Milk.', ''].join('\n');
    const script = parseFountain(list);
    expect(script.pageFurniture).toEqual([]);
    expect(outline(script)).toContain('ACTION "2."');
  });

  it('drops "2.", "3." of a viewer’s copy without (MORE) or CONTINUED when they run a page apart', () => {
    const page = (n: number) => ['', `${n}.`, '', ...Array.from({ length: 24 }, (_, i) => `Line ${n}-${i} of action.`), ''];
    const copied = ['INT. HALL - DAY', '', 'Ben waits.', ...page(2), ...page(3), ...page(4)].join('\n');
    const script = parseFountain(copied);
    expect(script.pageFurniture).toHaveLength(3);
    expect(outline(script).filter((line) => /^ACTION "\d+\."$/.test(line))).toEqual([]);
  });

  it('keeps a number that is not where a printed page puts one', () => {
    const script = parseFountain('INT. QUIZ SHOW - NIGHT\n\nHOST\nThe answer?\n\nANNA\n42.\n');
    expect(script.elements.at(-1)).toMatchObject({ type: 'dialogue', text: '42.' });
    expect(script.pageFurniture).toEqual([]);
  });

  it('drops a revised page’s header, its colour, date and page number, at the head of a page or far right', () => {
    const page = [
      '1    EXT. SALT FLATS - DAY                                         1',
      '',
      '     Heat shimmer.',
      '\f                                                  Pink Rev. 11/02/26      2.',
      '     Stars.',
      '                                              BLUE REVISIONS - 03/14/2026',
      '',
      '     Dust.',
      '',
      '     Rev. 11/02/26 is written on the wall.',
    ].join('\n');
    const script = parseFountain(page);
    expect(script.pageFurniture).toEqual([4, 6]);
    expect(outline(script)).toEqual([
      'HEADING EXT | SALT FLATS | DAY | #1',
      'ACTION "     Heat shimmer."',
      'ACTION "     Stars."',
      'ACTION "     Dust."',
      'ACTION "     Rev. 11/02/26 is written on the wall."',
    ]);
  });

  it('drops a revised line’s margin asterisk and a cut scene’s OMITTED line, keeping emphasis', () => {
    const page = [
      '1    INT. KITCHEN - NIGHT                                      1',
      '',
      '     Anna pushes the plate **away**.                            *',
      '',
      '                         ANNA                                   *',
      "               I'm not hungry.                                 **",
      '                                                                *',
      '',
      '2    OMITTED                                                   2',
      '',
      '3-4  OMITTED                                                 3-4',
      '',
      '5    EXT. GARDEN - DAY                                         5',
      '',
      '     She is *sure*.',
    ].join('\n');
    const script = parseFountain(page);
    expect(outline(script)).toEqual([
      'HEADING INT | KITCHEN | NIGHT | #1',
      'ACTION "     Anna pushes the plate **away**."',
      'CHARACTER ANNA []',
      'DIALOGUE "I\'m not hungry."',
      'HEADING EXT | GARDEN | DAY | #5',
      'ACTION "     She is *sure*."',
    ]);
    expect(script.pageFurniture).toEqual([9, 11]);
  });

  it('reads a margin number with a letter before it, a dash or brackets, as apps print them', () => {
    const page = [
      'A12   INT. HALL - NIGHT                                       A12',
      '',
      '      Ben waits.',
      '',
      '12-A  EXT. GARDEN - DAY                                      12-A',
      '',
      '      Rain.',
      '                                                   (CONTINUED)',
      '\f                                                         14.',
      '(13)  CONTINUED:                                             (13)',
      '',
      '      Hail.',
      '',
      '(14)  INT. SHED - NIGHT                                      (14)',
      '',
      '      Dark.',
    ].join('\n');
    const script = parseFountain(page);
    expect(outline(script).filter((line) => line.startsWith('HEADING'))).toEqual([
      'HEADING INT | HALL | NIGHT | #A12',
      'HEADING EXT | GARDEN | DAY | #12A',
      'HEADING INT | SHED | NIGHT | #14',
    ]);
    expect(script.pageFurniture).toEqual([8, 9, 10]);
  });

  it('moves a margin scene number into #…# only for a heading with the same number on the right', () => {
    expect(readNumberedHeading('12A  EXT. GARDEN - DAY   12A')).toBe('EXT. GARDEN - DAY #12A#');
    expect(readNumberedHeading('7 INT. HALL - DAY')).toBe('INT. HALL - DAY #7#');
    // A revised shooting script: a scene split after locking (110A.1) and one added before 12 (A12).
    expect(readNumberedHeading('110A.1  INT. HALL - NIGHT   110A.1')).toBe('INT. HALL - NIGHT #110A.1#');
    expect(readNumberedHeading('A12  EXT. GARDEN - DAY   A12')).toBe('EXT. GARDEN - DAY #A12#');
    expect(readNumberedHeading('12. EXT. ROOF - NIGHT 12.')).toBe('EXT. ROOF - NIGHT #12#');
    expect(readNumberedHeading('12-A EXT. ROOF - NIGHT 12-A')).toBe('EXT. ROOF - NIGHT #12A#');
    expect(readNumberedHeading('(12) EXT. ROOF - NIGHT (12)')).toBe('EXT. ROOF - NIGHT #12#');
    // A bracket left open is no margin number.
    expect(readNumberedHeading('(12 EXT. ROOF - NIGHT')).toBeNull();
    // A different number on the right is the place's own.
    expect(readNumberedHeading('3  INT. FLAT 12')).toBe('INT. FLAT 12 #3#');
    expect(readNumberedHeading('3 men walk in.')).toBeNull();
    expect(readNumberedHeading('1984')).toBeNull();
  });

  it('reads a scene number printed in the right margin only (a British shooting script), not a number one space after the place', () => {
    expect(readRightNumberedHeading('INT. BERYL\'S SHED - CONTINUOUS                                         2')).toBe("INT. BERYL'S SHED - CONTINUOUS #2#");
    expect(readRightNumberedHeading('EXT. ALLOTMENTS - DAY\t12A')).toBe('EXT. ALLOTMENTS - DAY #12A#');
    expect(readRightNumberedHeading('INT. FLAT 12')).toBeNull();
    expect(readRightNumberedHeading('INT. ROOM 101 - DAY')).toBeNull();
    expect(readRightNumberedHeading('She counts to          12')).toBeNull();
    const script = parseFountain('EXT. ALLOTMENTS - PLOT 17 - DAY                1\n\nFrost.\n\nINT. SHED - CONTINUOUS                2\n\nTea.\n');
    expect(script.elements.filter((element) => element.type === 'scene_heading').map((element) => element.type === 'scene_heading' && [element.timeOfDay, element.sceneNumber])).toEqual([
      ['DAY', '1'],
      ['CONTINUOUS', '2'],
    ]);
  });
});

describe('Unicode', () => {
  it('reads a decomposed name (as macOS saves it) as the composed one', () => {
    const decomposed = 'INT. A - DAY\n\nZOE\u0308\nHi.\n';
    expect(parseFountain(decomposed).elements[1]).toMatchObject({ type: 'character', name: 'ZO\u00CB' });
  });
});
