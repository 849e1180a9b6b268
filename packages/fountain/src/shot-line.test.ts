import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse.js';
import { inFrame, readShotLine } from './shot-line.js';
import { outline } from './testing/outline.js';

describe('shot lines', () => {
  it('reads the shot headings of a shooting script and what their words say about the camera', () => {
    expect(readShotLine('ANGLE ON MARIA')).toEqual({});
    expect(readShotLine('CLOSE ON MARIA')).toEqual({ shotSize: 'CU' });
    expect(readShotLine('EXTREME CLOSE UP - HER EYES')).toEqual({ shotSize: 'ECU' });
    expect(readShotLine('INSERT - THE LETTER')).toEqual({ shotSize: 'INSERT', shotType: 'insert' });
    expect(readShotLine('POV')).toEqual({ shotType: 'POV' });
    expect(readShotLine("MARIA'S POV - THE DOOR")).toEqual({ shotType: 'POV' });
    expect(readShotLine('WIDE - THE WHOLE BAY:')).toEqual({ shotSize: 'WS' });
    expect(readShotLine('LOW ANGLE - THE TOWER')).toEqual({ angle: 'low' });
    expect(readShotLine('OVER HIS SHOULDER')).toEqual({ shotType: 'OTS' });
    expect(readShotLine('AERIAL SHOT - THE VALLEY')).toEqual({ shotSize: 'EWS', shotType: 'aerial' });
  });

  it('leaves action alone: mixed case, a sentence in capitals, words that only begin like a shot', () => {
    for (const text of ['Close on Maria', 'ON THE TABLE, A GUN.', 'CLOSE THE DOOR', 'ANGLES AND CURVES', 'WIDEN THE GAP', 'MARIA', 'INSERTS THE KEY', 'CLOSE ON MARIA\nShe smiles.'])
      expect(readShotLine(text)).toBeNull();
  });

  it('is never a character cue, even with its action right under it; a one-word cue such as MEDIUM still is', () => {
    expect(outline(parseFountain('INT. A - NIGHT\n\nCLOSE ON MARIA\nShe smiles.\n\nINSERT - THE LETTER\n"Come home."\n\nMEDIUM\nThe spirits are here.\n'))).toEqual([
      'HEADING INT | A | NIGHT | #',
      'ACTION "CLOSE ON MARIA\\nShe smiles."',
      'ACTION "INSERT - THE LETTER\\n\\"Come home.\\""',
      'CHARACTER MEDIUM []',
      'DIALOGUE "The spirits are here."',
    ]);
  });

  it('keeps the owner of a POV out of frame: the camera is their eyes', () => {
    expect(inFrame('NINA’S POV - OSKAR AT THE GANGWAY')).toBe(' - OSKAR AT THE GANGWAY');
    expect(inFrame('CLOSE ON NINA')).toBe('CLOSE ON NINA');
  });
});
