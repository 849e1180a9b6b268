import { describe, expect, it } from 'vitest';
import { isCueLine, parseCharacterCue } from './character-cue.js';

describe('isCueLine', () => {
  it.each(['ANNA', 'DR. WHO', 'COP #2', "ANNA (cont'd)", 'ZOË', 'BEN ^', 'MRS. O’HARA (O.S.)', '李明', '李明 (V.O.)', 'محمد علي', 'דוד', 'さくら'])('accepts %s', (line) => {
    expect(isCueLine(line)).toBe(true);
  });
  it.each(['Anna', '1984', '---', '(beat)', 'FADE IN:', 'anna (V.O.)', '', 'BANG!', 'WHAT?', 'SILENCE!  ', '**THE DOOR SLAMS**', '_MARIA_', '*BOB* (O.S.)', '他慢慢地走进了房间然后坐下', '他走了。', '走！', 'お母さん、', '그런데,', '等等，', 'あの…'])('rejects %j', (line) => {
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
