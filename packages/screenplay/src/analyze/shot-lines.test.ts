import { describe, expect, it } from 'vitest';
import { inFrame, readShotLine } from './shot-lines.js';

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

  it('keeps the owner of a POV out of frame: the camera is their eyes', () => {
    expect(inFrame('NINA’S POV - OSKAR AT THE GANGWAY')).toBe(' - OSKAR AT THE GANGWAY');
    expect(inFrame('CLOSE ON NINA')).toBe('CLOSE ON NINA');
  });
});
