import { parseFountain } from '@pc/fountain';
import { importScreenplay } from '@pc/screenplay';
import { describe, expect, it } from 'vitest';
import { breakdownScenes } from '../testing/corpus.js';
import { readExtras } from './extras.js';

const extrasOf = (script: string, names: string[] = []) =>
  readExtras(parseFountain(script).elements, names).map(({ name, count, asWritten }) => [name, count, asWritten]);

describe('extras / atmosphere', () => {
  it('counts only the extras of a kind the cast does not number: one of TWO COPS is COP #2, one of 손님 두 명 is 손님1', () => {
    expect(extrasOf('TWO COPS (20s) lean on the cruiser.', ['COP #2', 'ANNA'])).toEqual([['COPS', 1, 'TWO COPS (20s)']]);
    expect(extrasOf('문이 열리고 손님 두 명이 들어온다.', ['손님1', '준호'])).toEqual([['손님', 1, '손님 두 명']]);
    expect(extrasOf('TWO GUARDS at the gate.', ['GUARD 1', 'GUARD 2'])).toEqual([]);
    // Uncounted, nothing to take away: PASSENGERS stays as written.
    expect(extrasOf('PASSENGERS doze.', ['PASSENGER #1'])).toEqual([['PASSENGERS', null, 'PASSENGERS']]);
  });


  it('lists counted people with the count the script gives, and the words as written', () => {
    expect(extrasOf('TWO COPS (20s) lean on the cruiser. Anna walks past THREE NURSES and a dozen STUDENTS.')).toEqual([
      ['COPS', 2, 'TWO COPS (20s)'],
      ['NURSES', 3, 'THREE NURSES'],
      ['STUDENTS', 12, 'a dozen STUDENTS'],
    ]);
  });

  it('lists people the script does not count without a count, and one person of a kind as one', () => {
    expect(extrasOf('PASSENGERS doze. DINERS eat in silence. a WAITER pours coffee for the COMMUTERS.')).toEqual([
      ['PASSENGERS', null, 'PASSENGERS'],
      ['DINERS', null, 'DINERS'],
      ['WAITER', 1, 'a WAITER'],
      ['COMMUTERS', null, 'the COMMUTERS'],
    ]);
  });

  it('lists a person described in capitals with no name as one extra, a silent bit as a WAITER is', () => {
    expect(extrasOf('A WOMAN IN A FUR HAT dozes by the window. On the platform, a FIGURE in a yellow oilskin watches.')).toEqual([
      ['WOMAN IN A FUR HAT', 1, 'A WOMAN IN A FUR HAT'],
      ['FIGURE', 1, 'a FIGURE'],
    ]);
    expect(extrasOf('A TICKET INSPECTOR moves down the aisle. A MAN WITH A LIMP follows.')).toEqual([
      ['TICKET INSPECTOR', 1, 'A TICKET INSPECTOR'],
      ['MAN WITH A LIMP', 1, 'A MAN WITH A LIMP'],
    ]);
    // Named in the same sentence, they are that cast member.
    expect(extrasOf('A FIGURE in a long coat approaches: detective McCLANE.', ['MCCLANE'])).toEqual([]);
    expect(extrasOf('A WAITER arrives — BEN looks up from the menu.', ['BEN'])).toEqual([['WAITER', 1, 'A WAITER']]);
    expect(extrasOf('At the end of the gallery, a MAN IN A GREY COAT kneels.\n\nHe turns. It is the director, VASCO PIRES (50s).', ['VASCO', 'VASCO PIRES'])).toEqual([]);
    expect(extrasOf('A FIGURE in a long cloak watches.\n\nPIP\nBe brave.\n\nThe figure steps out: it is MOTHER OWL.', ['MOTHER OWL', 'PIP'])).toEqual([]);
    // Introduced with an age, the import casts them (MAN IN SUIT): never atmosphere too. Figures in lower case are numbers.
    expect(extrasOf('A MAN IN SUIT (50s) waits. The figures do not add up.', ['MAN IN SUIT'])).toEqual([]);
  });

  it('lists a crowd with whom it is of, never the people inside it again', () => {
    expect(extrasOf('A CROWD of commuters surges onto the platform.')).toEqual([['CROWD OF COMMUTERS', null, 'A CROWD of commuters']]);
    expect(extrasOf('A GROUP OF TOURISTS blocks the door. A SWARM of bees.')).toEqual([['GROUP OF TOURISTS', null, 'A GROUP OF TOURISTS']]);
  });

  it('lists no audience the writer puts the reader in: an aside, not people on set', () => {
    // Written for this test, after The Last Birthday Card's "Those of us in the audience who can do math…".
    expect(extrasOf('A man sits on the bed. Those of us in the audience who keep count will know him.')).toEqual([]);
    expect(extrasOf('We, the audience, already know. You in the crowd may not.')).toEqual([]);
    expect(extrasOf('The audience laughs. Ushers walk among the crowd.')).toEqual([
      ['AUDIENCE', null, 'The audience'],
      ['USHERS', null, 'Ushers'],
      ['CROWD', null, 'the crowd'],
    ]);
  });

  it('reads a crowd written without capitals, and a count given after them', () => {
    expect(extrasOf('HÉLÈNE (50s), choir mistress, runs.')).toEqual([]);
    expect(extrasOf('UNIFORMS hold back a small crowd. The CHOIR, twelve of them, in coats.')).toEqual([
      ['UNIFORMS', null, 'UNIFORMS'],
      ['CROWD', null, 'a small crowd'],
      ['CHOIR', 12, 'The CHOIR'],
    ]);
  });

  it('keeps the words that describe them, and the largest count once per kind', () => {
    expect(extrasOf('TWO UNIFORMED COPS wait.\n\nThe UNIFORMED COPS leave.')).toEqual([['UNIFORMED COPS', 2, 'TWO UNIFORMED COPS']]);
  });

  it('lists no named character, sound, place or shot', () => {
    const script = [
      'BANG! THE DOOR SLAMS. Ben runs past the POLICE STATION.',
      '',
      'ANGLE ON the DINER. The WAITER, BEN, laughs. A MAN IN SUIT (50s) waits. COP #1 nods.',
      '',
      'WAITER',
      'More coffee?',
    ].join('\n');
    expect(extrasOf(script, ['BEN', 'WAITER', 'MAN IN SUIT', 'COP #2'])).toEqual([]);
  });

  it('lists no prop written in capitals that shares a word with people (a ceiling FAN, a record PLAYER)', () => {
    expect(extrasOf('A ceiling FAN turns. She drops the needle on the record PLAYER, leans the walking STAFF on the vacuum CLEANER.')).toEqual([]);
  });

  it('reads people written in lower case where the sentence is about them: its subject, or counted', () => {
    expect(extrasOf('Rain. Commuters hurry past, heads down. The passengers doze.')).toEqual([
      ['COMMUTERS', null, 'Commuters'],
      ['PASSENGERS', null, 'The passengers'],
    ]);
    expect(extrasOf('She pushes past two nurses and a dozen tired tourists. A few diners look up. Two men in suits wait by the car.')).toEqual([
      ['NURSES', 2, 'two nurses'],
      ['TOURISTS', 12, 'a dozen tired tourists'],
      ['DINERS', null, 'A few diners'],
      ['MEN', 2, 'Two men'],
    ]);
    expect(extrasOf('A crowd of fans presses against the barrier. Behind it, a handful of photographers.')).toEqual([
      ['CROWD OF FANS', null, 'A crowd of fans'],
      ['HANDFUL OF PHOTOGRAPHERS', null, 'a handful of photographers'],
    ]);
    // Two words for one kind of people; fans counted are people (a ceiling fan is never counted so); stewards, supporters.
    expect(extrasOf('Two police officers watch. A few fans start a chant. Stewards in yellow bibs. Hundreds of supporters.')).toEqual([
      ['POLICE OFFICERS', 2, 'Two police officers'],
      ['FANS', null, 'A few fans'],
      ['STEWARDS', null, 'Stewards'],
      ['SUPPORTERS', null, 'Hundreds of supporters'],
    ]);
  });

  it('reads people named by what they do and a noun saying which kind, beyond the word list', () => {
    expect(extrasOf('Early morning. A few dog walkers cross the green. Some joggers pass. Two delivery riders argue by the gate.')).toEqual([
      ['DOG WALKERS', null, 'A few dog walkers'],
      ['JOGGERS', null, 'Some joggers'],
      ['DELIVERY RIDERS', 2, 'Two delivery riders'],
    ]);
    expect(extrasOf('Three office workers smoke by the bins. Smokers huddle under the awning. Several florists set up. Two WORKMEN dig.')).toEqual([
      ['OFFICE WORKERS', 3, 'Three office workers'],
      ['SMOKERS', null, 'Smokers'],
      ['FLORISTS', null, 'Several florists'],
      ['WORKMEN', 2, 'Two WORKMEN'],
    ]);
    // Things that end like doers, and nouns that say whose or when: none is people.
    expect(extrasOf('Two speakers crackle. A few checklists on the desk. In two years students forget. He pays two of his workers. Two record players spin.')).toEqual([]);
  });

  it('reads no person in lower case the sentence is not about: remembered, possessed, one of a kind, cast, props', () => {
    const script = [
      'She thinks of the soldiers she lost. Her students file out. In two years students forget.',
      '',
      'The kids run to the car. Ben and the girls laugh. A waiter brings coffee. She waves for a doctor.',
      '',
      'Two police cars pull up. Nurses’ station. Fans whir overhead. Uniforms hang in the closet. A bunch of flowers. People change.',
    ].join('\n');
    expect(extrasOf(script)).toEqual([]);
  });

  it('reads a script that writes its action in capitals', () => {
    expect(extrasOf('GLORIA HANDS THE WAITER A TIP. TWO COPS ENTER.')).toEqual([
      ['WAITER', 1, 'THE WAITER'],
      ['COPS', 2, 'TWO COPS'],
    ]);
  });

  it.each([
    [
      'German',
      'Sturm. Zwei Hafenarbeiter vertäuen ein Boot. Drei junge Polizisten (20er) sperren ab. Ein Dutzend Fahrgäste wartet.',
      [
        ['HAFENARBEITER', 2, 'Zwei Hafenarbeiter'],
        ['JUNGE POLIZISTEN', 3, 'Drei junge Polizisten (20er)'],
        ['FAHRGÄSTE', 12, 'Ein Dutzend Fahrgäste'],
      ],
    ],
    ['French', 'Deux gendarmes fument. Une douzaine de touristes photographient le quai.', [['GENDARMES', 2, 'Deux gendarmes'], ['TOURISTES', 12, 'Une douzaine de touristes']]],
    ['Spanish', 'Dos policías vigilan la puerta. TRES CAMAREROS corren.', [['POLICÍAS', 2, 'Dos policías'], ['CAMAREROS', 3, 'TRES CAMAREROS']]],
    ['Italian', 'Due carabinieri al bar. Quattro portuali scaricano casse.', [['CARABINIERI', 2, 'Due carabinieri'], ['PORTUALI', 4, 'Quattro portuali']]],
    ['Portuguese', 'Duas enfermeiras passam. Três pescadores remendam redes.', [['ENFERMEIRAS', 2, 'Duas enfermeiras'], ['PESCADORES', 3, 'Três pescadores']]],
  ])('reads counted groups in %s: a number, then people by kind', (_, script, expected) => {
    expect(extrasOf(script)).toEqual(expected);
  });

  it('reads no group in another language without its number, nor a number before a thing, nor words of two languages', () => {
    const script = [
      'Die Arbeiter gehen heim. Zwei Koffer stehen da. Einige Männer rauchen. Zwei Rinder grasen.',
      '',
      'Les policiers arrivent. Deux verres sur la table. Dos hommes. Dieci euro. Tres turisti.',
    ].join('\n');
    expect(extrasOf(script)).toEqual([]);
  });
});

describe('passers-by', () => {
  it('reads the farmhands and guests of a telenovela counted (Dos PEONES)', () => {
    // Corazón de hierro's NIÑA (5) is a Character (introduced with her age): cast, not an extra.
    expect(extrasOf('Una NIÑA corre. Dos PEONES la miran. Unos invitados brindan.', ['NIÑA'])).toEqual([
      ['PEONES', 2, 'Dos PEONES'],
      ['INVITADOS', null, 'Unos invitados'],
    ]);
  });

  it('reads Russian extras counted (Двое РАБОЧИХ, три охранника) or a plural in capitals (УЧЕНИКИ), never men or children uncounted', () => {
    expect(extrasOf('Полупустой вагон. Двое РАБОЧИХ спят. У двери три охранника. УЧЕНИКИ шумят.')).toEqual([
      ['РАБОЧИХ', 2, 'Двое РАБОЧИХ'],
      ['ОХРАННИКА', 3, 'три охранника'],
      ['УЧЕНИКИ', null, 'УЧЕНИКИ'],
    ]);
    expect(extrasOf('Ученики шумят. ДЕТИ бегут. Иван смотрит на рабочих.')).toEqual([]);
  });

  it('reads PASSERS-BY in capitals and Passers-by starting a sentence, as the other languages read theirs', () => {
    expect(extrasOf('PASSERS-BY cross the square. A PASSER-BY stops.')).toEqual([
      ['PASSERS-BY', null, 'PASSERS-BY'],
      ['PASSER-BY', 1, 'A PASSER-BY'],
    ]);
    expect(extrasOf('Frost. Passers-by stop to watch.')).toEqual([['PASSERS-BY', null, 'Passers-by']]);
  });
});

describe('background people in other languages, without a number', () => {
  it.each([
    ['French', 'Des passants traversent la place. Quelques clients attendent.', [['PASSANTS', null, 'Des passants'], ['CLIENTS', null, 'Quelques clients']]],
    ['Spanish', 'Unos clientes esperan. Algunos turistas (30 años) miran.', [['CLIENTES', null, 'Unos clientes'], ['TURISTAS', null, 'Algunos turistas (30 años)']]],
    ['German', 'Passanten eilen vorbei. Einige müde Fahrgäste dösen.', [['MÜDE FAHRGÄSTE', null, 'Einige müde Fahrgäste'], ['PASSANTEN', null, 'Passanten']]],
    ['Italian', 'Dei passanti si fermano. Alcuni turisti fotografano.', [['PASSANTI', null, 'Dei passanti'], ['TURISTI', null, 'Alcuni turisti']]],
    ['Portuguese', 'No cais, alguns turistas. Uns pescadores remendam redes.', [['TURISTAS', null, 'alguns turistas'], ['PESCADORES', null, 'Uns pescadores']]],
  ])('reads several people by kind in %s as background, as PASSERS-BY in English', (_, script, expected) => {
    expect(extrasOf(script)).toEqual(expected);
  });

  it('does not read men or children uncounted, a definite article, nor "des" inside a sentence', () => {
    expect(extrasOf('Einige Männer rauchen. Unos niños juegan. Les policiers arrivent. Le bruit des clients monte.')).toEqual([]);
  });
});

describe('one person by kind after an indefinite article, in other languages', () => {
  it.each([
    ['Spanish', 'Una ENFERMERA archiva papeles al fondo. Un CAMARERO (60) pasa.', [['ENFERMERA', 1, 'Una ENFERMERA'], ['CAMARERO', 1, 'Un CAMARERO (60)']]],
    ['Italian', "Uno STUDENTE dorme. Un'INFERMIERA passa. Una CAMERIERA sparecchia.", [['STUDENTE', 1, 'Uno STUDENTE'], ['INFERMIERA', 1, "Un'INFERMIERA"], ['CAMERIERA', 1, 'Una CAMERIERA']]],
    ['German', 'Eine KELLNERIN bringt Kaffee. Ein HAFENARBEITER raucht.', [['KELLNERIN', 1, 'Eine KELLNERIN'], ['HAFENARBEITER', 1, 'Ein HAFENARBEITER']]],
    ['French', 'Une SERVEUSE essuie le comptoir. Un GENDARME (40 ans) attend.', [['SERVEUSE', 1, 'Une SERVEUSE'], ['GENDARME', 1, 'Un GENDARME (40 ans)']]],
    ['Portuguese', 'Um GUARDA boceja. Uma ENFERMEIRA passa.', [['GUARDA', 1, 'Um GUARDA'], ['ENFERMEIRA', 1, 'Uma ENFERMEIRA']]],
  ])('reads one in %s as one extra, as a WAITER is', (_, script, expected) => {
    expect(extrasOf(script)).toEqual(expected);
  });

  it('reads none the cast names, with a title after, in a line in capitals, in lower case, nor a thing in capitals', () => {
    // The nurse speaks later in the script: a Character, cast where the action names her.
    expect(extrasOf('Una ENFERMERA archiva papeles.', ['ENFERMERA'])).toEqual([]);
    expect(extrasOf('Una ENFERMERA JEFA revisa la lista. Eine WACHE MEYER nickt.')).toEqual([]);
    expect(extrasOf('UNA ENFERMERA ARCHIVA PAPELES.')).toEqual([]);
    expect(extrasOf('Una enfermera archiva papeles. Un DISPARO. Une EXPLOSION.')).toEqual([]);
  });

  it('reads none who speaks later in the script: imported, she is cast in the scene that shows her', async () => {
    const script = 'INT. CONSULTORIO - NOCHE\n\nUna ENFERMERA archiva papeles. Un CAMARERO pasa.\n\nINT. PASILLO - NOCHE\n\nENFERMERA\nDoctor, lo llaman.\n';
    const [office] = await breakdownScenes(importScreenplay(script).document);
    expect(office!.breakdown.extras.map(({ name }) => name)).toEqual(['CAMARERO']);
    expect(office!.breakdown.cast.map(({ name }) => name)).toEqual(['ENFERMERA']);
  });
});

describe('background people in Japanese and Korean', () => {
  it('reads a crowd by its word, a plural kind and a counted kind', () => {
    expect(extrasOf('駅前。通行人が行き交う。客たちが並ぶ。三人の警官が立つ。まばらな客。群衆がざわめく。')).toEqual([
      ['通行人', null, '通行人'],
      ['客たち', null, '客たち'],
      ['警官', 3, '三人の警官'],
      ['客', null, 'まばらな客'],
      ['群衆', null, '群衆'],
    ]);
    expect(extrasOf('행인들이 지나간다. 손님들은 기다린다. 사람들이 모여든다. 손님 두 명이 들어온다.')).toEqual([
      ['행인들', null, '행인들'],
      ['손님들', null, '손님들'],
      ['사람들', null, '사람들'],
      ['손님', 2, '손님 두 명'],
    ]);
  });

  it('does not read a kind alone, a word that holds one (客席), nor a cast member named by kind (손님1)', () => {
    expect(extrasOf('客が一人。客席は暗い。')).toEqual([]);
    expect(extrasOf('손님1이 웃는다. 빈 버스들이 서 있다.')).toEqual([]);
  });
});
