import { describe, expect, it } from 'vitest';
import { isCueLine, parseCharacterCue } from './character-cue.js';

describe('isCueLine', () => {
  it.each(['ANNA', 'DR. WHO', 'COP #2', "ANNA (cont'd)", 'ZOË', 'BEN ^', 'MRS. O’HARA (O.S.)'])('accepts %s', (line) => {
    expect(isCueLine(line)).toBe(true);
  });
  it.each(['Anna', '1984', '---', '(beat)', 'FADE IN:', 'anna (V.O.)', '', 'BANG!', 'WHAT?', 'SILENCE!  ', '**THE DOOR SLAMS**', '_MARIA_', '*BOB* (O.S.)'])('rejects %j', (line) => {
    expect(isCueLine(line)).toBe(false);
  });
});

describe('parseCharacterCue', () => {
  it('collapses whitespace and uppercases the name', () => {
    expect(parseCharacterCue('  @Mary   Jane  (o.s.) ^')).toEqual({
      text: 'Mary   Jane  (o.s.)',
      name: 'MARY JANE',
      extensions: ['O.S.'],
      forced: true,
      dual: true,
    });
  });
});
