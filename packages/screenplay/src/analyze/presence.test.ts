import { describe, expect, it } from 'vitest';
import { castOf } from '../testing/scripts.js';
import { importScreenplay } from '../import/import-screenplay.js';
import { isPresence } from './presence.js';

const present = (text: string, name: string) => isPresence(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('whether a name in action puts the character in the scene', () => {
  it('is presence when they speak, act or are seen, also by a part of them', () => {
    expect(present('MARIA enters.', 'MARIA')).toBe(true);
    expect(present("Maria's hand trembles.", 'Maria')).toBe(true);
    expect(present("MARIA'S VOICE (O.S.) calls from upstairs.", 'MARIA')).toBe(true);
    expect(present("Over Maria’s trembling shoulders, the sea.", 'Maria')).toBe(true);
    expect(present("JAMES' eyes narrow.", 'JAMES')).toBe(true);
    expect(present('지수의 손이 떨린다.', '지수')).toBe(true);
  });

  it('is not presence for a belonging or talk about someone', () => {
    expect(present("MARIA's car is parked outside.", 'MARIA')).toBe(false);
    expect(present("MARIA'S OLD VAN rattles past.", 'MARIA')).toBe(false);
    expect(present('They talk about JOHN.', 'JOHN')).toBe(false);
    expect(present('She keeps a photo of Maria by the till.', 'Maria')).toBe(false);
    expect(present('A letter from BEN lies on the mat.', 'BEN')).toBe(false);
    expect(present('ケンのベンチは空っぽ。', 'ケン')).toBe(false);
    expect(present('지수의 가방이 바닥에 있다.', '지수')).toBe(false);
  });
});

describe('the cast the import links', () => {
  const script = (action: string) =>
    ['INT. GARAGE - NIGHT', '', 'MARIA', 'Where is he?', '', 'INT. KITCHEN - NIGHT', '', action, '', 'BEN', 'Late again.', ''].join('\n');

  it("leaves out a character only owned or talked about, and casts one whose hand is seen", () => {
    expect(castOf(importScreenplay(script("MARIA's car is parked outside. They talk about MARIA.")).document)).toEqual(['BEN→2 (speaking)', 'MARIA→1 (speaking)']);
    expect(castOf(importScreenplay(script("MARIA's hand trembles on the table.")).document)).toEqual(['BEN→2 (speaking)', 'MARIA→1 (speaking)', 'MARIA→2']);
    // Named once as an owner and once acting: present.
    expect(castOf(importScreenplay(script("MARIA's car is outside. Maria comes in.")).document)).toContain('MARIA→2');
  });

  it("does not cast the owner of the place a heading names (JOHN'S OFFICE) or of a thing in it", () => {
    const source = ['INT. LOBBY - DAY', '', 'JOHN', 'Back soon.', '', "INT. JOHN'S OFFICE - DAY", '', "ANNA waits in John's office, by JOHN'S DESK.", '', 'ANNA', 'Hello?', ''].join('\n');
    expect(castOf(importScreenplay(source).document)).toEqual(['ANNA→2 (speaking)', 'JOHN→1 (speaking)']);
  });
});
