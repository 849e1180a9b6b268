import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMPARED_PAIRS, matchShots } from './match-shots.js';

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

describe('matchShots on a scene of thousands of shot lines', () => {
  it('still pairs every line with its Shot, in linear time, past the pairs it compares one by one', () => {
    const lines = Array.from({ length: 3_000 }, (_, index) => `ANGLE ON DOOR ${index}`);
    const shots = known(...lines);
    expect(lines.length * shots.length).toBeGreaterThan(MAX_COMPARED_PAIRS);
    const next = ['WIDE - THE HALL', ...lines.slice(0, 1_500), ...lines.slice(1_501)];
    const matched = matchShots(next, shots);
    expect(matched.size).toBe(2_999);
    expect(matched.get(0)).toBeUndefined();
    expect(matched.get(1)).toBe('shot1');
    expect(matched.get(1_500)).toBe('shot1500');
    expect(matched.get(1_501)).toBe('shot1502');
    expect(matched.get(2_999)).toBe('shot3000');
  });
});

describe('matchShots on any edit of a scene', () => {
  it('keeps every line the new draft still has with its own Shot, whatever was inserted, removed or moved', () => {
    const line = fc.stringMatching(/^[A-Z]{1,8}(?: [A-Z]{1,8}){0,3}$/);
    fc.assert(
      fc.property(fc.uniqueArray(line, { maxLength: 12 }), fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 12 }), (all, edits) => {
        const before = all.slice(0, Math.ceil(all.length / 2));
        const added = all.slice(before.length);
        const after = [...before];
        edits.forEach((edit, index) => {
          if (edit % 3 === 0 && after.length > 0) after.splice(edit % after.length, 1);
          else if (edit % 3 === 1 && added[index] !== undefined) after.splice(edit % (after.length + 1), 0, added[index]!);
          else if (after.length > 1) after.push(...after.splice(edit % after.length, 1));
        });
        const shots = known(...before);
        const matched = matchShots(after, shots);
        after.forEach((text, index) => {
          const was = before.indexOf(text);
          if (was !== -1) expect(matched.get(index)).toBe(shots[was]!.id);
        });
        expect(new Set(matched.values()).size).toBe(matched.size);
      }),
      { numRuns: 300 },
    );
  });
});
