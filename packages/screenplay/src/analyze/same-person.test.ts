import { describe, expect, it } from 'vitest';
import { analyzeScreenplay } from './analyze.js';
import { isShortFormOf, titledNameMerges } from './characters.js';
import { takeTurns } from './same-person.js';

const cast = (script: string[]) => analyzeScreenplay(script.join('\n')).characters.map(({ name, aliases }) => [name, ...aliases].join(' / '));

// Excerpts written for these tests, after the way real scripts introduce and cue people.
describe('one person under two names', () => {
  it('reads a cue that is the short form of an introduced full name as that person', () => {
    const script = ['INT. GARAGE - NIGHT', '', 'HOLLIS REED (50), in a cardigan, counts jars of screws.', '', 'HOLL', 'Forty-one.', ''];
    expect(cast(script)).toEqual(['HOLL / HOLLIS REED']);
    // Introduced without an age, as a name in capitals that acts.
    expect(cast(['INT. GARAGE - NIGHT', '', 'HOLLIS REED, sweating, counts jars.', '', 'HOLL', 'Forty-one.', ''])).toEqual(['HOLL / HOLLIS REED']);
  });

  it('reads a cue written by description, then named in apposition, as the person named', () => {
    const script = [
      'EXT. QUARRY - DAY',
      '',
      'A man in a bathrobe runs along the rim.',
      '',
      'BATHROBE MAN',
      'Nobody follow me.',
      '',
      'HOLLIS REED, the bathrobe man, stops at the edge.',
      '',
      'INT. KITCHEN - MORNING',
      '',
      'HOLL',
      'Eggs again.',
      '',
    ];
    const { characters, scenes } = analyzeScreenplay(script.join('\n'));
    expect(characters.map(({ name, aliases }) => [name, ...aliases].join(' / '))).toEqual(['HOLL / BATHROBE MAN / HOLLIS REED']);
    expect(scenes.map((scene) => scene.speakers)).toEqual([['HOLL'], ['HOLL']]);
  });

  it('merges a full-name cue and its short form, never a name of its own', () => {
    expect([...titledNameMerges(['HOLLIS REED', 'HOLL', 'MARGO'])]).toEqual([['HOLL', 'HOLLIS REED']]);
    expect(titledNameMerges(['DANA SCULLY', 'DAN', 'JOHNNY CASH', 'JOHN', 'LOUISE BRANT', 'LOUIS']).size).toBe(0);
    expect(isShortFormOf('CHRIS', 'CHRISTOPHER')).toBe(true);
    expect(isShortFormOf('ED', 'EDWARD')).toBe(false);
    // Big Fish cues WILL and WILL'S DATE: his date is not Will.
    expect(titledNameMerges(['WILL', "WILL'S DATE"]).size).toBe(0);
  });

  it('reads a Russian first name and patronymic (the formal address) and the first name alone as one person, unless two share the first name', () => {
    // Последняя электричка: the pupils' ИВАН СЕРГЕЕВИЧ is the action's Иван, and the flashback's "Молодой ИВАН (30)" is him thirty years on.
    const formal = ['ИНТ. ВАГОН — НОЧЬ', '', 'ИВАН СЕРГЕЕВИЧ', 'Простите...', '', 'ИНТ. ШКОЛА — ДЕНЬ (ВОСПОМИНАНИЕ)', '', 'Молодой ИВАН (30) пишет на доске.', '', 'ИВАН', 'Тише.', ''];
    expect(cast(formal)).toEqual(['ИВАН СЕРГЕЕВИЧ / ИВАН']);
    // Two Ivans by patronymic: ИВАН alone could be either, so he is neither.
    const two = ['ИНТ. КУХНЯ — НОЧЬ', '', 'ИВАН СЕРГЕЕВИЧ', 'Да.', '', 'ИВАН ПЕТРОВИЧ', 'Нет.', '', 'ИНТ. ДВОР — ДЕНЬ', '', 'ИВАН', 'Ну.', ''];
    expect(cast(two)).toEqual(['ИВАН СЕРГЕЕВИЧ', 'ИВАН ПЕТРОВИЧ', 'ИВАН']);
  });

  it('keeps two names apart when they take turns speaking in one scene, as two people talk', () => {
    const script = ['INT. LAB - DAY', '', 'BOB', 'Hello, me.', '', 'BOB, the robot, blinks.', '', 'ROBOT', 'Hello, me.', '', 'BOB', 'Stop that.', ''];
    expect(cast(script)).toEqual(['BOB', 'ROBOT']);
    expect(cast(['INT. LAB - DAY', '', "DESMOND O'HARE", 'One.', '', 'DESMOND', 'Two.', '', "DESMOND O'HARE", 'Three.', ''])).toEqual(["DESMOND O'HARE", 'DESMOND']);
    // A cue the writer shortened once in the scene is one person.
    expect(takeTurns(["DR O'NEIL", 'ANNA', "DR O'NEIL", "O'NEIL"], "DR O'NEIL", "O'NEIL")).toBe(false);
    expect(takeTurns(['BOB', 'MARGARET', 'CYBER BOB', 'BOB'], 'BOB', 'CYBER BOB')).toBe(true);
  });
});
