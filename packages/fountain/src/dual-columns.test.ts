import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse.js';
import { outline } from './testing/outline.js';

// Dual dialogue as pdftotext -layout prints it: the cues on one line, the speeches side by side.
const page = [
  '2    INT. PICKUP (MOVING) - CONTINUOUS                             2',
  '',
  '                NNEKA                          ADE',
  "       You said you'd drive.          I said I'd navigate.",
  '       Twice.                         (shrugs)',
  '                                      Once.',
  '',
  '     She throws the map at him.',
].join('\n');

describe('dual dialogue in two columns, as a PDF’s text prints it', () => {
  it('reads two speakers side by side, each with their own speech', () => {
    const script = parseFountain(page);
    expect(outline(script)).toEqual([
      'HEADING INT | PICKUP (MOVING) | CONTINUOUS | #2',
      'CHARACTER NNEKA [] dual=left',
      'DIALOGUE "You said you\'d drive.\\nTwice."',
      'CHARACTER ADE [] dual=right',
      'DIALOGUE "I said I\'d navigate."',
      'PARENTHETICAL "(shrugs)"',
      'DIALOGUE "Once."',
      'ACTION "     She throws the map at him."',
    ]);
    // Each speech keeps the source lines it is printed on.
    expect(script.elements.filter((element) => element.type === 'character').map((element) => element.line)).toEqual([3, 3]);
    expect(script.elements.filter((element) => element.type === 'dialogue').map((element) => element.line)).toEqual([4, 4, 6]);
  });

  it('leaves a line of capitals with a wide gap alone when it is no pair of cues', () => {
    for (const line of ['     INT. HOUSE - DAY                               12', '     BANG!                          CRASH!', 'ANNA   BEN']) {
      const script = parseFountain(`${line}\nMore.\n`);
      expect(script.elements.some((element) => element.type === 'character' && element.dual !== undefined)).toBe(false);
    }
  });
});
