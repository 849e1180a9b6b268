import { describe, expect, it } from 'vitest';
import { matchShots } from './match-shots.js';

const known = (...lines: string[]) => lines.map((text, index) => ({ id: `shot${index + 1}`, text }));
const pairs = (lines: string[], shots: ReturnType<typeof known>) => Object.fromEntries([...matchShots(lines, shots)].map(([line, id]) => [lines[line], id]));

describe('matchShots', () => {
  it('finds each line’s Shot by its words, whatever its place, case or punctuation', () => {
    expect(pairs(['INSERT - THE LETTER', 'close on maria:', 'WIDE'], known('WIDE', 'CLOSE ON MARIA', 'INSERT — THE LETTER'))).toEqual({
      'INSERT - THE LETTER': 'shot3',
      'close on maria:': 'shot2',
      WIDE: 'shot1',
    });
  });

  it('keeps a scene’s repeated line in order: a CLOSE ON MARIA inserted first is the new one, not the first Shot', () => {
    const lines = ['CLOSE ON MARIA', 'WIDE', 'CLOSE ON MARIA', 'INSERT - THE LETTER', 'CLOSE ON MARIA'];
    expect([...matchShots(lines, known('WIDE', 'CLOSE ON MARIA', 'INSERT - THE LETTER', 'CLOSE ON MARIA'))].sort()).toEqual([
      [1, 'shot1'],
      [2, 'shot2'],
      [3, 'shot3'],
      [4, 'shot4'],
    ]);
  });

  it('gives a reworded line the Shot whose line kept most of its words, and a new line none', () => {
    expect(pairs(['ANGLE ON TOMAS', 'INSERT - THE TORN LETTER', 'POV - THE SEA'], known('INSERT - THE LETTER', 'ANGLE ON TOMAS'))).toEqual({
      'ANGLE ON TOMAS': 'shot2',
      'INSERT - THE TORN LETTER': 'shot1',
    });
  });

  it('takes a line rewritten in place, between two kept lines, as the same Shot', () => {
    expect(pairs(['WIDE', 'HIGH ANGLE - THE CLIFF', 'CLOSE ON MARIA'], known('WIDE', 'ECU - HER EYES', 'CLOSE ON MARIA'))).toEqual({
      WIDE: 'shot1',
      'HIGH ANGLE - THE CLIFF': 'shot2',
      'CLOSE ON MARIA': 'shot3',
    });
  });

  it('leaves a removed line’s Shot unpaired', () => {
    expect(pairs(['WIDE', 'CLOSE ON MARIA'], known('WIDE', 'ANGLE ON TOMAS', 'CLOSE ON MARIA'))).toEqual({ WIDE: 'shot1', 'CLOSE ON MARIA': 'shot3' });
  });
});
