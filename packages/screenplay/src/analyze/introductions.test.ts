import { describe, expect, it } from 'vitest';
import { analyzeScreenplay } from './analyze.js';
import { readIntroductions, readNamedLater, readNumberedRoles } from './introductions.js';

describe('people the action introduces', () => {
  it('reads a name in capitals with an age in parentheses as a person', () => {
    expect(readIntroductions('JUNE (40s) watches from the door.')).toEqual(['JUNE']);
    expect(readIntroductions("A MAN IN SUIT (50s, sweating) and DR. O'NEIL (60) wait. COP #2 (late 20s) yawns.")).toEqual(['MAN IN SUIT', "DR. O'NEIL", 'COP #2']);
    // The sentence before the name is not part of it; an article is not.
    expect(readIntroductions('THE DOOR SLAMS. THE STRANGER (mid-30s) steps in.')).toEqual(['STRANGER']);
    // Six words, the article dropped: five, a cue's length; the tail of a sentence in capitals is no name.
    expect(readIntroductions('A MAN IN A WET SUIT (30s) sits. SHE LOOKS AT THE OLD MAN IN THE HAT (80).')).toEqual(['MAN IN A WET SUIT']);
  });

  it('reads an age as scripts in German, French, Spanish, Italian and Portuguese give it', () => {
    expect(readIntroductions('GRETA BÖHM (60er) sitzt allein. FRANZ (Mitte 40) raucht. LÉA (30 ans) lit. INÉS (40 años) cose. ZÉ (Anfang 20) dorme.')).toEqual([
      'GRETA BÖHM',
      'FRANZ',
      'LÉA',
      'INÉS',
      'ZÉ',
    ]);
  });

  it('reads a speaker’s full name as their alias, not a second person, and YOUNG ANNA as another', () => {
    const cast = (action: string) =>
      analyzeScreenplay(`INT. DINER - NIGHT\n\n${action}\n\nQUILL\nNothing.\n\nDR. NAIR\nStill nothing.\n\nANNA\nMore.`).characters.map(({ name, aliases }) => [name, ...aliases].join(' / '));
    expect(cast('SERGEANT NIAMH QUILL (30s) and DR. PRIYA NAIR (50s) wait. A YOUNG ANNA (8) draws.')).toEqual([
      'QUILL / SERGEANT NIAMH QUILL',
      'DR. NAIR / DR. PRIYA NAIR',
      'ANNA',
      'YOUNG ANNA',
    ]);
    expect(analyzeScreenplay('INT. CLINIC - NIGHT\n\nA MAN IN A WET SUIT (30s) sits still.\n\nMAN IN WET SUIT\nI am.').characters.map(({ name, aliases }) => [name, ...aliases])).toEqual([
      ['MAN IN WET SUIT', 'MAN IN A WET SUIT'],
    ]);
    // A word processor's no-break space inside the name.
    expect(cast('GRACE\u00A0QUILL (30s) stamps returns.')[0]).toBe('QUILL / GRACE QUILL');
  });

  it('does not make a person of a sound, a shot, a place or a counted group', () => {
    expect(readIntroductions('BANG! THE DOOR SLAMS (off).')).toEqual([]);
    expect(readIntroductions('TWO COPS (20s) eat pie. A CROWD (all ages) gathers.')).toEqual([]);
    // Counted in another language; OTTO (50er) alone is a name, not Italian eight.
    expect(
      readIntroductions('ZWEI POLIZISTEN (20er) warten. DEUX GENDARMES (30 ans) fument. DOS POLICÍAS (40 años) vigilan. DUE CARABINIERI (30 anni) bevono. DUAS ENFERMEIRAS (30 anos) passam. OTTO (50er) lacht.'),
    ).toEqual(['OTTO']);
    expect(readIntroductions('CLOSE ON THE DOOR (NIGHT). The ROOM (1979) is empty.')).toEqual([]);
    expect(readIntroductions('june (40s) is lower case.')).toEqual([]);
  });

  it('casts a person introduced so in the scenes that name them, silent, once for each spelling', () => {
    const analysis = analyzeScreenplay(
      [
        'INT. DINER - NIGHT',
        '',
        "JUNE (40s) watches from the door. BANG! THE DOOR SLAMS. TWO COPS (20s) eat pie. DR. O'NEIL (60) reads.",
        '',
        'ANNA',
        'More coffee?',
        '',
        'EXT. DINER - NIGHT',
        '',
        'June smokes alone.',
        '',
        "O'NEIL",
        'Goodnight, June.',
      ].join('\n'),
    );
    expect(analysis.characters.map(({ name, aliases, cues }) => ({ name, aliases, cues }))).toEqual([
      { name: 'ANNA', aliases: [], cues: 1 },
      { name: "O'NEIL", aliases: ["DR. O'NEIL"], cues: 1 },
      { name: 'JUNE', aliases: [], cues: 0 },
    ]);
    expect(analysis.scenes.map(({ speakers, mentioned }) => ({ speakers, mentioned }))).toEqual([
      { speakers: ['ANNA'], mentioned: ['JUNE', "O'NEIL"] },
      { speakers: ["O'NEIL"], mentioned: ['JUNE'] },
    ]);
  });
});

describe('a person named after their introduction', () => {
  it('is one character: a GIRL (15) who is, three lines on, "The girl, KIT," is KIT aka GIRL', () => {
    const script = 'EXT. CAR PARK - NIGHT\n\nIn the back seat, a GIRL (15), shaking.\n\nThe girl, KIT, unlocks the door.\n\nKIT\nDon’t call my mum.';
    expect(analyzeScreenplay(script).characters.map(({ name, aliases }) => [name, ...aliases])).toEqual([['KIT', 'GIRL']]);
    expect(analyzeScreenplay(script).scenes[0]).toMatchObject({ speakers: ['KIT'], mentioned: [] });
    // A description nobody introduced silent, or a name nobody has, changes nothing.
    expect(readNamedLater('The old man, PIETRO, waves.')).toEqual([['OLD MAN', 'PIETRO']]);
    expect(analyzeScreenplay('INT. A - DAY\n\nThe nurse, JUNE, waves.\n\nKIT\nHi.').characters.map(({ name }) => name)).toEqual(['KIT']);
  });
});

describe('a titled name written without its title', () => {
  it('casts DR. O’NEIL where action says “O’Neil”, but not PARK where MR. and MRS. PARK both speak', () => {
    const scenes = analyzeScreenplay(
      "INT. A - NIGHT\n\nDR. O'NEIL\nNobody goes up there.\n\nMR. PARK\nNo.\n\nMRS. PARK\nNo.\n\nEXT. QUARRY - NIGHT\n\nRuth at the gate. O'Neil beside her. Park waits.\n\nRUTH\nAfter you.",
    ).scenes;
    expect(scenes[1]).toMatchObject({ speakers: ['RUTH'], mentioned: ["DR O'NEIL"] });
  });
});

describe('numbered roles', () => {
  it('casts COP #1 beside a speaking COP #2, and no numbered thing of a kind that never speaks', () => {
    expect(readNumberedRoles('COP #1 and COP #2 hold a rope. TAKE #3 is marked.', ['COP #2', 'ANNA'])).toEqual(['COP #1', 'COP #2']);
    expect(readNumberedRoles('GUARD #1 yawns.', ['ANNA'])).toEqual([]);
  });
});

describe('mentions in scripts without spaces or with particles', () => {
  it('casts a Korean name written with its particle and a Chinese name inside its sentence, silent', () => {
    const scenes = analyzeScreenplay(
      ['INT. 방 - 낮', '', '지수', '왔어?', '', '창밖에서 민호가 손을 흔든다.', '', 'INT. 茶馆 - 夜', '', '王芳', '你好。', '', '李明走进来，坐下。', '', 'EXT. 옥상 - 밤', '', '민호', '응.', '', '李明', '走吧。'].join('\n'),
    ).scenes;
    expect(scenes.map(({ speakers, mentioned }) => [...speakers, ...mentioned.map((key) => `${key} (silent)`)])).toEqual([
      ['지수', '민호 (silent)'],
      ['王芳', '李明 (silent)'],
      ['민호', '李明'],
    ]);
  });
});

describe('a montage', () => {
  it('ends inside the scene it is in: END MONTAGE in a flashback does not send its speakers to the present', () => {
    const analysis = analyzeScreenplay(
      [
        'INT. HOSPITAL - NIGHT',
        '',
        'ANNA',
        'I remember the summer.',
        '',
        'FLASHBACK - EXT. LAKE - DAY',
        '',
        'MONTAGE - THE SUMMER',
        '-- YOUNG ANNA dives.',
        '-- BEN (10) cheers.',
        '',
        'END MONTAGE',
        '',
        'YOUNG ANNA',
        'Watch me!',
      ].join('\n'),
    );
    expect(analysis.scenes.map(({ speakers, mentioned }) => ({ speakers, mentioned }))).toEqual([
      { speakers: ['ANNA'], mentioned: [] },
      { speakers: ['YOUNG ANNA'], mentioned: ['BEN'] },
    ]);
  });
});
