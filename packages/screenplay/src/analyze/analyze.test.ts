import { describe, expect, it } from 'vitest';
import { kitchenStory } from '../testing/scripts.js';
import { analyzeScreenplay } from './analyze.js';
import { characterKey, cueSpeakers, titledNameMerges } from './characters.js';
import { readHeadingPlace } from './places.js';

describe('reading a heading’s place', () => {
  it('separates a time of day from sub-locations', () => {
    expect(readHeadingPlace('HOUSE - KITCHEN', 'NIGHT')).toMatchObject({ parts: ['HOUSE', 'KITCHEN'], timeOfDay: 'NIGHT' });
    expect(readHeadingPlace('HOUSE', 'KITCHEN')).toMatchObject({ parts: ['HOUSE', 'KITCHEN'], timeOfDay: '' });
    expect(readHeadingPlace('kitchen', 'moments later')).toMatchObject({ parts: ['KITCHEN'], timeOfDay: 'MOMENTS LATER' });
    expect(readHeadingPlace('DESERT', '1985')).toMatchObject({ parts: ['DESERT'], timeOfDay: '1985' });
    // Curly apostrophes read straight: a word processor curls some and not others.
    expect(readHeadingPlace('  BRICK’S   PATIO. ', '')).toMatchObject({ parts: ["BRICK'S PATIO"], timeOfDay: '' });
  });

  it('splits at dashes and doubled hyphens as writers type them', () => {
    expect(readHeadingPlace('AMBULANCE BAY – NIGHT', '')).toMatchObject({ parts: ['AMBULANCE BAY'], timeOfDay: 'NIGHT' });
    expect(readHeadingPlace('ROOFTOP -- NIGHT', '')).toMatchObject({ parts: ['ROOFTOP'], timeOfDay: 'NIGHT' });
    expect(readHeadingPlace('HOUSE — KITCHEN', 'DAY')).toMatchObject({ parts: ['HOUSE', 'KITCHEN'], timeOfDay: 'DAY' });
    // A hyphen inside a word is no separator.
    expect(readHeadingPlace('CO-OP', 'DAY')).toMatchObject({ parts: ['CO-OP'], timeOfDay: 'DAY' });
  });

  it('reads relative and stacked times as the time, not as a sub-location', () => {
    expect(readHeadingPlace('SAFEHOUSE', 'A FEW MINUTES LATER')).toMatchObject({ parts: ['SAFEHOUSE'], timeOfDay: 'A FEW MINUTES LATER' });
    expect(readHeadingPlace('MOTEL ROOM - NIGHT', 'LATER')).toMatchObject({ parts: ['MOTEL ROOM'], timeOfDay: 'NIGHT - LATER' });
    expect(readHeadingPlace('FARM', 'THE NEXT MORNING')).toMatchObject({ parts: ['FARM'], timeOfDay: 'THE NEXT MORNING' });
    expect(readHeadingPlace('AMBULANCE - MOVING', 'NIGHT')).toEqual({ parts: ['AMBULANCE', 'MOVING'], timeOfDay: 'NIGHT', set: ['AMBULANCE'] });
    // The state of a vehicle is how the scene is shot, not a place in it: the set is the van.
    expect(readHeadingPlace("NORA'S CAR - TRAVELLING", 'DAY').set).toEqual(["NORA'S CAR"]);
    expect(readHeadingPlace('MOVING', 'DAY')).toEqual({ parts: ['MOVING'], timeOfDay: 'DAY', set: ['MOVING'] });
  });

  it('reads the times real scripts use beyond DAY and NIGHT, and in other languages, as the time', () => {
    for (const time of ['LATE AFTERNOON', 'EARLY EVENING', 'DAYBREAK', 'NIGHTFALL', 'GOLDEN HOUR', 'MOMENTS EARLIER', 'NOCHE', 'DÍA', 'MÁS TARDE', 'JOUR', 'NACHT', 'NOTTE', 'MORGENGRAUEN', 'ABENDDÄMMERUNG', 'NACHMITTAG', 'KURZ DARAUF', 'MADRUGADA', 'FIM DE TARDE', 'НОЧЬ', 'ВЕЧЕР', 'ЧУТЬ ПОЗЖЕ', 'ДЕНЬ (ВОСПОМИНАНИЕ)']) {
      expect(readHeadingPlace('PARK', time)).toEqual({ parts: ['PARK'], timeOfDay: time, set: ['PARK'] });
    }
    // Korean, Japanese and Chinese scripts in Fountain name the time in their language.
    for (const time of ['새벽', '낮', '밤', '잠시 후', '夜', '夕方', '翌朝', '白天', '傍晚']) expect(readHeadingPlace('옥상', time)).toEqual({ parts: ['옥상'], timeOfDay: time, set: ['옥상'] });
    expect(readHeadingPlace('茶馆 - 夜', '')).toEqual({ parts: ['茶馆'], timeOfDay: '夜', set: ['茶馆'] });
    expect(readHeadingPlace('COCHE DE INÉS - EN MOVIMIENTO', 'NOCHE').set).toEqual(['COCHE DE INÉS']);
    expect(readHeadingPlace('CARRO DE ANTÔNIO - EM MOVIMENTO', 'DIA').set).toEqual(['CARRO DE ANTÔNIO']);
    expect(readHeadingPlace('AUTO DI MARCO - IN MOVIMENTO', 'NOTTE').set).toEqual(['AUTO DI MARCO']);
    // The state in brackets, as a PDF's blue pages write it: the set is the pickup.
    expect(readHeadingPlace('PICKUP (MOVING)', 'CONTINUOUS')).toEqual({ parts: ['PICKUP (MOVING)'], timeOfDay: 'CONTINUOUS', set: ['PICKUP'] });
    expect(readHeadingPlace('HOUSE - KITCHEN (1979)', 'DAY').set).toEqual(['HOUSE', 'KITCHEN (1979)']);
    // Only a whole part: a place may begin with one of those short words.
    expect(readHeadingPlace('HOTEL - ALBA SUITE', 'NIGHT').parts).toEqual(['HOTEL', 'ALBA SUITE']);
  });

  it('keeps what a writer adds after the time with the time, not as a place', () => {
    // Before: "FIELD - NIGHT - RAIN" was a place, and "FIELD - NIGHT" a Location of its own.
    expect(readHeadingPlace('FIELD - NIGHT', 'RAIN')).toEqual({ parts: ['FIELD'], timeOfDay: 'NIGHT - RAIN', set: ['FIELD'] });
    expect(readHeadingPlace("MARA'S CAR - NIGHT", 'MOVING')).toEqual({ parts: ["MARA'S CAR"], timeOfDay: 'NIGHT - MOVING', set: ["MARA'S CAR"] });
    expect(readHeadingPlace('HOUSE - KITCHEN - DAY', 'SLOW MOTION').parts).toEqual(['HOUSE', 'KITCHEN']);
  });
});

describe('reading cues', () => {
  it('splits shared cues and keys spellings that differ only in dots', () => {
    expect(cueSpeakers('DAN & JACK')).toEqual(['DAN', 'JACK']);
    expect(cueSpeakers('BEN AND ANNA')).toEqual(['BEN', 'ANNA']);
    expect(cueSpeakers('MARA/BEN')).toEqual(['MARA', 'BEN']);
    expect(cueSpeakers('MARA / BEN')).toEqual(['MARA', 'BEN']);
    expect(cueSpeakers('ANDREA')).toEqual(['ANDREA']);
    expect(characterKey('MRS. PARK')).toBe(characterKey('Mrs Park'));
  });

  it('gives the numbers after a shared cue the kind of the first speaker (The Library Freak-Out: PATRONS THREE AND FOUR)', () => {
    expect(cueSpeakers('PATRONS THREE AND FOUR')).toEqual(['PATRON THREE', 'PATRON FOUR']);
    expect(cueSpeakers('COPS #1 & #2')).toEqual(['COP #1', 'COP #2']);
    expect(cueSpeakers('WITNESSES 1 AND 2')).toEqual(['WITNESS 1', 'WITNESS 2']);
    expect(cueSpeakers('GUARD 1 AND 2')).toEqual(['GUARD 1', 'GUARD 2']);
    expect(cueSpeakers('ANNA AND TWO')).toEqual(['ANNA', 'TWO']);
  });

  it('reads a Fountain cue Ｎ (ナレーション, 내레이션) as the narrator, as the Japanese and Korean layouts do, not a character called Ｎ', () => {
    expect(cueSpeakers('Ｎ')).toEqual(['ナレーター']);
    expect(cueSpeakers('ナレーション')).toEqual(['ナレーター']);
    expect(cueSpeakers('내레이션')).toEqual(['내레이터']);
    expect(cueSpeakers('Ｎ & 健太')).toEqual(['ナレーター', '健太']);
    // A name that only starts so, and an English cue of one letter, stay themselves.
    expect(cueSpeakers('ナナ')).toEqual(['ナナ']);
    expect(cueSpeakers('N')).toEqual(['N']);
    const script = ['EXT. 海辺の町 - 夕方', '', '夕日。', '', 'Ｎ', '昭和四十年、夏。', '', 'INT. 港町シネマ - 夜', '', '健太', 'すごい。', '', 'ナレーター', 'あの夜が始まりだった。'].join('\n');
    const analysis = analyzeScreenplay(script);
    expect(analysis.characters.map((character) => [character.name, character.aliases])).toEqual([
      ['ナレーター', []],
      ['健太', []],
    ]);
    expect(analysis.scenes.map((scene) => scene.speakers)).toEqual([['ナレーター'], ['健太', 'ナレーター']]);
  });

  it('reads spellings a word processor or macOS changed as one character', () => {
    const script = [
      'INT. COTTAGE - DAY',
      '',
      'MRS. O’BRIEN',
      'Tea?',
      '',
      "MRS. O'BRIEN (CONT’D)",
      'Milk?',
      '',
      'ZOE\u0308',
      'Please.',
      '',
      'ZO\u00CB',
      'Thanks.',
    ].join('\n');
    const { characters, scenes } = analyzeScreenplay(script);
    expect(characters.map((c) => [c.name, c.aliases])).toEqual([
      ['MRS. O’BRIEN', ["MRS. O'BRIEN"]],
      ['ZO\u00CB', []],
    ]);
    expect(scenes[0]!.speakers).toHaveLength(2);
  });

  it('reads a titled cue or a full name and the name alone as one character, unless the name is ambiguous', () => {
    expect([...titledNameMerges(['NURSE BELL', 'BELL', 'ADA', 'YOUNG NORA', 'NORA', 'DR NAIR'])]).toEqual([['BELL', 'NURSE BELL']]);
    // Two Parks: "PARK" could be either.
    expect(titledNameMerges(['MR PARK', 'MRS PARK', 'PARK']).size).toBe(0);
    expect([...titledNameMerges(["DESMOND O'HARE", 'DESMOND', 'GRACE'])]).toEqual([['DESMOND', "DESMOND O'HARE"]]);
    expect(titledNameMerges(['ANNA BELL', 'ANNA KARPOV', 'ANNA', 'GUARD TWO', 'GUARD', 'JOHN JR', 'JOHN']).size).toBe(0);
    // A flashback's younger self written after the name, as Spanish, Italian and Portuguese do, is another cast member.
    expect(titledNameMerges(['AURELIO JOVEN', 'AURELIO', 'LUCIA GIOVANE', 'LUCIA', 'PEDRO VELHO', 'PEDRO']).size).toBe(0);
    // Titles in Portuguese, Italian and German: Seu Antônio, Dona Rosa, Signora Bianchi, Frau Böhm.
    expect([...titledNameMerges(['SEU ANTÔNIO', 'ANTÔNIO', 'DONA ROSA', 'ROSA', 'SIGNORA BIANCHI', 'BIANCHI', 'FRAU BÖHM', 'BÖHM'])]).toEqual([
      ['ANTÔNIO', 'SEU ANTÔNIO'],
      ['ROSA', 'DONA ROSA'],
      ['BIANCHI', 'SIGNORA BIANCHI'],
      ['BÖHM', 'FRAU BÖHM'],
    ]);
    const { characters, scenes } = analyzeScreenplay('INT. WARD - NIGHT\n\nBELL\nNext.\n\nINT. DESK - NIGHT\n\nNURSE BELL (V.O.)\nDr. Lin is in surgery.\n');
    expect(characters.map((c) => [c.name, c.aliases])).toEqual([['BELL', ['NURSE BELL']]]);
    expect(scenes.map((scene) => scene.speakers)).toEqual([['NURSE BELL'], ['NURSE BELL']]);
  });

  it('finds a forced cue’s mixed-case spelling in action', () => {
    const script = 'EXT. ALLEY - NIGHT\n\n@McCLANE\nFreeze.\n\nINT. CAR - NIGHT\n\nMcCLANE watches the door.\n';
    const { characters, scenes } = analyzeScreenplay(script);
    expect(characters.map((c) => c.name)).toEqual(['MCCLANE']);
    expect(scenes[1]!.mentioned).toEqual(['MCCLANE']);
  });
});

describe('a screenplay exported from a PDF', () => {
  const pdf = [
    '                         THE FERRYMAN',
    '',
    '                            by',
    '                      Siobhán Kearney',
    '\f                                                          1.',
    '1    EXT. PIER - DAWN                                        1',
    '',
    '     Fog on the water. PÁDRAIG coils rope.',
    '',
    '                         PÁDRAIG',
    '               Nobody crosses in this.',
    '                               (MORE)',
    '\f                                                          2.',
    '     CONTINUED:                                              1',
    '                         PÁDRAIG (CONT’D)',
    '               Not today.',
  ].join('\n');
  const analysis = analyzeScreenplay(pdf);

  it('takes its title from the cover page, which is not stray action', () => {
    expect(analysis.title).toBe('THE FERRYMAN');
    expect(analysis.warnings).toEqual([]);
  });

  it('gives each scene its number and its text without page furniture or the page margin', () => {
    expect(analysis.scenes.map((s) => [s.sceneNumber, s.locationName])).toEqual([['1', 'PIER']]);
    expect(analysis.scenes[0]!.scriptText).toBe(
      [
        'Fog on the water. PÁDRAIG coils rope.',
        '',
        '                    PÁDRAIG',
        '          Nobody crosses in this.',
        '',
        '                    PÁDRAIG (CONT’D)',
        '          Not today.',
      ].join('\n'),
    );
  });
});

describe('analyzeScreenplay', () => {
  const analysis = analyzeScreenplay(kitchenStory);

  it('reads the title, the scenes and their heading parts', () => {
    expect(analysis.title).toBe('The Plate');
    expect(analysis.scenes.map((s) => [s.sceneNumber, s.intExt, s.locationName, s.timeOfDay])).toEqual([
      ['1', 'INT', 'HOUSE - KITCHEN', 'NIGHT'],
      ['2', 'EXT', 'HOUSE - GARDEN', 'DAY'],
      ['3', 'INT', 'DINER', 'NIGHT'],
    ]);
  });

  it('lifts the synopsis and the closing transition out of the script text', () => {
    const [kitchen] = analysis.scenes;
    expect(kitchen?.synopsis).toBe('Ben tries to get Anna to eat.');
    expect(kitchen?.transitionOut).toBe('CUT TO:');
    expect(kitchen?.scriptText).toBe(
      ['Anna pushes the plate away. BEN watches from the doorway.', '', 'ANNA', "I'm not hungry.", '', 'BEN', "You haven't eaten since Tuesday."].join('\n'),
    );
  });

  it('reads a centred transition at the end of a scene (> FADE OUT. <, before > THE END <) as its closing transition', () => {
    const [first, last] = analyzeScreenplay('INT. A - DAY\n\nHi.\n\n> **CUT TO:** <\n\nINT. B - DAY\n\nEmpty.\n\n> FADE OUT. <\n\n>THE END<').scenes;
    expect([first?.transitionOut, first?.scriptText, last?.transitionOut, last?.scriptText]).toEqual(['CUT TO:', 'Hi.', 'FADE OUT.', 'Empty.']);
    // Centred text that is no transition stays in the scene.
    expect(analyzeScreenplay('INT. A - DAY\n\nHi.\n\n> THREE YEARS LATER <').scenes[0]?.transitionOut).toBe('');
  });

  it('leaves the end of the script (THE END, END OF EPISODE, END OF SHOW) out of the last scene', () => {
    for (const end of ['>THE END<', '> **THE END** <', 'THE END', 'END OF EPISODE', 'END OF SHOW.', 'THE END\n\nEND OF SHOW']) {
      const [last] = analyzeScreenplay(`INT. A - DAY\n\nEmpty.\n\nFADE OUT.\n\n${end}\n`).scenes;
      expect([end, last?.transitionOut, last?.scriptText]).toEqual([end, 'FADE OUT.', 'Empty.']);
    }
    // Without a transition too; a sentence that only starts like it stays action.
    expect(analyzeScreenplay('INT. A - DAY\n\nEmpty.\n\nTHE END').scenes[0]?.scriptText).toBe('Empty.');
    expect(analyzeScreenplay('INT. A - DAY\n\nThe end of the pier.').scenes[0]?.scriptText).toBe('The end of the pier.');
  });

  it('names a script by its title without the quotes a word processor put round it', () => {
    expect(analyzeScreenplay('Title: “The Lending Library”\n\nINT. A - DAY\n\nHi.').title).toBe('The Lending Library');
    expect(analyzeScreenplay('Title: "Quoted" and more\n\nINT. A - DAY\n\nHi.').title).toBe('"Quoted" and more');
  });

  it('leaves a section’s synopsis to the section, as Fountain’s own example writes one under # ACT I', () => {
    const script = ['# ACT I', '', '= Set up the characters and the story.', '', 'EXT. BRICK’S PATIO - DAY', '', '= Brick & Steel retire.', '', 'Sun.', '', '# ACT II', '', '= It goes wrong.', '', '= The payoff.', '', 'INT. GARAGE - NIGHT', '', 'Dark.'].join('\n');
    expect(analyzeScreenplay(script).scenes.map((s) => s.synopsis)).toEqual(['Brick & Steel retire.', '']);
  });

  it('gives a synopsis written before a heading to that heading’s scene', () => {
    const scenes = analyzeScreenplay('INT. A - DAY\n\nAction.\n\n= The payoff.\n\nINT. B - DAY\n\nMore.').scenes;
    expect(scenes.map((s) => s.synopsis)).toEqual(['', 'The payoff.']);
    expect(scenes[0]?.scriptText).toBe('Action.');
  });

  it('finds characters once per normalised cue, with other spellings as aliases', () => {
    expect(analysis.characters.map((c) => [c.name, c.aliases, c.cues])).toEqual([
      ['ANNA', [], 2],
      ['BEN', [], 2],
      ['MRS. PARK', ['MRS PARK'], 2],
    ]);
    expect(analysis.scenes.map((s) => s.speakers)).toEqual([['ANNA', 'BEN'], ['MRS PARK'], ['BEN', 'ANNA', 'MRS PARK']]);
    expect(analysis.scenes[1]?.mentioned).toEqual(['ANNA']);
  });

  it('casts who is named in action after their introduction, as names are then written ("Amália climbs"), not only in capitals', () => {
    const script = [
      'INT. THEATRE - STAGE - NIGHT',
      '',
      'AMÁLIA COSTA (60s) checks the ropes.',
      '',
      'AMÁLIA',
      'Who is up there?',
      '',
      'INT. THEATRE - FLY GALLERY - LATER',
      '',
      'Amália climbs. She may fall.',
      '',
      'MRS. PARK',
      'Careful.',
      '',
      'EXT. STAGE DOOR - NIGHT',
      '',
      'MAY',
      'Taxi!',
    ].join('\n');
    const [, gallery] = analyzeScreenplay(script).scenes;
    // "may" in lower case is a word, not MAY: only a name written as a name is a mention.
    expect(gallery).toMatchObject({ speakers: ['MRS PARK'], mentioned: ['AMÁLIA'] });
  });

  it('makes a Location per place a scene is set in, naming the enclosing place as its parent', () => {
    // No scene happens in the HOUSE itself: it is the kitchen's and the garden's parent, not a set of its own.
    expect(analysis.locations).toEqual([
      { name: 'HOUSE - KITCHEN', parent: 'HOUSE', intExt: 'INT', scenes: 1 },
      { name: 'HOUSE - GARDEN', parent: 'HOUSE', intExt: 'EXT', scenes: 1 },
      { name: 'DINER', parent: '', intExt: 'INT', scenes: 1 },
    ]);
  });

  it('keeps an enclosing place that has a scene of its own, in order of its own first scene, with the scenes inside it', () => {
    const script = ['INT. HOUSE - KITCHEN - DAY', '', 'Toast.', '', 'EXT. PIER - DAY', '', 'Gulls.', '', 'EXT. HOUSE - NIGHT', '', 'Dark windows.', ''].join('\n');
    expect(analyzeScreenplay(script).locations).toEqual([
      { name: 'HOUSE - KITCHEN', parent: 'HOUSE', intExt: 'INT', scenes: 1 },
      { name: 'PIER', parent: '', intExt: 'EXT', scenes: 1 },
      { name: 'HOUSE', parent: '', intExt: 'INT/EXT', scenes: 2 },
    ]);
  });

  it('reads capitals in emphasis over a line of action as action: no Character of them, but a speaking one named so is in the scene', () => {
    const script = ['INT. KITCHEN - DAY', '', '**THE DOOR SLAMS**', 'Everyone jumps.', '', '_MARIA_', 'enters, soaked.', '', 'INT. HALL - DAY', '', 'MARIA', 'Hello?', ''].join('\n');
    const result = analyzeScreenplay(script);
    expect(result.characters.map((c) => c.name)).toEqual(['MARIA']);
    expect(result.scenes[0]).toMatchObject({ speakers: [], mentioned: ['MARIA'] });
  });

  it('does not cast a character where action names only a place sharing a word with them (the Brooklyn Bridge, Maria’s house)', () => {
    const script = [
      'INT. LIBRAIRIE BROOKLYN - DAY', '', 'BROOKLYN', 'Sit.', '',
      'EXT. BROOKLYN BRIDGE - DAY', '', 'Traffic on the Brooklyn Bridge. ZOË walks.', '', 'ZOË', 'Cold.', '',
      'EXT. STREET - NIGHT', '', 'Zoë waits outside Maria’s house. BROOKLYN limps up.', '', 'ZOË', 'Late.', '',
      "INT. MARIA'S HOUSE - NIGHT", '', 'MARIA', 'Hello.', '',
    ].join('\n');
    const [, bridge, street] = analyzeScreenplay(script).scenes;
    expect(bridge).toMatchObject({ speakers: ['ZOË'], mentioned: [] });
    // The place is blanked, the name standing alone is still a mention.
    expect(street).toMatchObject({ speakers: ['ZOË'], mentioned: ['BROOKLYN'] });
  });

  it('leaves a revised page’s margin asterisks out of the scene’s text, as its page numbers', () => {
    const page = ['1    INT. KITCHEN - NIGHT                                      1', '', '     Anna pushes the plate away.                                *', '', '                         ANNA                                   *', "               I'm not hungry.", ''].join('\n');
    expect(analyzeScreenplay(page).scenes[0]!.scriptText).toBe("Anna pushes the plate away.\n\n                    ANNA\n          I'm not hungry.");
  });

  it('keeps written scene numbers, numbers the rest by position when free, and warns otherwise', () => {
    const script = ['INT. A - DAY #2#', 'INT. B - DAY', 'INT. C - DAY #2#', 'INT. D - DAY #-12#', 'INT. E - DAY'].join('\n\n');
    const result = analyzeScreenplay(script);
    expect(result.scenes.map((s) => s.sceneNumber)).toEqual(['2', '', '', '', '5']);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['scene_number_taken', 3],
      ['scene_number_duplicate', 5],
      ['scene_number_invalid', 7],
    ]);
    expect(new Set(result.scenes.map((s) => s.key)).size).toBe(5);
  });

  it('keeps the numbers of a shooting script with revisions: A12, 110A.1, 12.1, and Fountain’s #12.# as 12', () => {
    const script = ['INT. A - DAY #A12B#', 'INT. B - DAY #110A.1#', 'INT. C - DAY #12.1#', 'INT. D - DAY #13.#', 'INT. E - DAY #a14#', 'INT. F - DAY #14-A#'].join('\n\n');
    const result = analyzeScreenplay(script);
    // 14-A, as some apps print a scene added after 14, is 14A (as a PDF's margin reads it).
    expect(result.scenes.map((s) => s.sceneNumber)).toEqual(['A12B', '110A.1', '12.1', '13', 'A14', '14A']);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a television script’s act-scene numbers: Fountain’s #I-1-A#, #II-14#, an episode’s #101-12#', () => {
    const result = analyzeScreenplay(['INT. A - DAY #I-1-A#', 'INT. B - DAY #II-14#', 'INT. C - DAY #101-12#', 'INT. D - DAY #iv-3b#'].join('\n\n'));
    expect(result.scenes.map((s) => s.sceneNumber)).toEqual(['I-1-A', 'II-14', '101-12', 'IV-3B']);
    expect(result.warnings).toEqual([]);
  });

  it('warns about text before the first scene and headings without INT./EXT.', () => {
    const result = analyzeScreenplay('Some notes.\n\nINT. A - DAY\n\nHi.\n\n.FLASHBACK\n\nThen.');
    expect(result.warnings.map((w) => w.code)).toEqual(['text_outside_scenes', 'heading_without_int_ext']);
    expect(result.locations.map((l) => l.name)).toEqual(['A']);
    expect(analyzeScreenplay('Just action.').warnings.map((w) => w.code)).toEqual(['no_scene_headings']);
  });

  it('casts the names of a multi-camera scene’s cast list under its heading, in any case', () => {
    const script = ['INT. OFFICE - DAY', '(Gloria, Tommy, Mr. Haskins)', '', 'GLORIA', "That's mine.", '', 'INT. HALL - DAY', '', 'TOMMY', 'Mine now.', '', 'MR. HASKINS', 'Gloria!', ''].join('\n');
    const [office, hall] = analyzeScreenplay(script).scenes;
    expect(office).toMatchObject({ speakers: ['GLORIA'], mentioned: ['TOMMY', 'MR HASKINS'] });
    expect(hall).toMatchObject({ speakers: ['TOMMY', 'MR HASKINS'], mentioned: [] });
  });

  it('does not warn about the FADE IN: every screenplay opens with', () => {
    expect(analyzeScreenplay('FADE IN:\n\nINT. A - DAY\n\nHi.').warnings).toEqual([]);
    expect(analyzeScreenplay('Fade in.\n\nINT. A - DAY\n\nHi.').warnings).toEqual([]);
  });

  it('reads a title page saved with a byte-order mark and CRLF line endings', () => {
    const result = analyzeScreenplay('\uFEFFTitle: Night Shift\r\nAuthor: J. Okafor\r\n\r\nINT. WARD – NIGHT\r\n\r\nADA\r\nPage Dr. Lin.\r\n');
    expect(result.title).toBe('Night Shift');
    expect(result.warnings).toEqual([]);
    expect(result.scenes.map((s) => [s.locationName, s.timeOfDay, s.speakers, s.scriptText])).toEqual([['WARD', 'NIGHT', ['ADA'], 'ADA\nPage Dr. Lin.']]);
  });

  it('keys unnumbered scenes by heading and occurrence, so inserting a scene elsewhere moves no key', () => {
    const keys = (text: string) => analyzeScreenplay(text).scenes.map((s) => s.key);
    const before = keys('INT. A - DAY\n\nx\n\nINT. B - DAY\n\ny\n\nINT. A - DAY\n\nz');
    const after = keys('INT. NEW - DAY\n\nw\n\nINT. A - DAY\n\nx\n\nINT. B - DAY\n\ny\n\nINT. A - DAY\n\nz');
    expect(after.slice(1)).toEqual(before);
    expect(before).toEqual(['INT. A - DAY', 'INT. B - DAY', 'INT. A - DAY~2']);
  });
});
