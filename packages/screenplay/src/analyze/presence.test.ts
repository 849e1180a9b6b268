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

  it('is not presence for a belonging or talk after de, di, do, da, du, del, della in French, Spanish, Italian, Portuguese', () => {
    expect(present('La voiture de Maria est garée devant la porte.', 'Maria')).toBe(false);
    expect(present("Sur la table, les clés d'Ana.", 'Ana')).toBe(false);
    expect(present('Parlano di MARCO a bassa voce.', 'MARCO')).toBe(false);
    expect(present('Una foto della NONNA sul comò.', 'NONNA')).toBe(false);
    expect(present('Las luces de la casa de JUAN siguen encendidas.', 'JUAN')).toBe(false);
    expect(present('O carro do PEDRO está estacionado lá fora.', 'PEDRO')).toBe(false);
    expect(present('Hablan del TÍO ERNESTO.', 'TÍO ERNESTO')).toBe(false);
  });

  it('is presence when what stands before de is a part of them, a place beside them or going to them', () => {
    expect(present('La main de Maria tremble.', 'Maria')).toBe(true);
    expect(present('Se oye la voz de JUAN en el pasillo.', 'JUAN')).toBe(true);
    expect(present('Lucía se sienta al lado de JUAN.', 'JUAN')).toBe(true);
    expect(present('Ana espera perto do PEDRO.', 'PEDRO')).toBe(true);
    expect(present("Elle s'approche de Maria.", 'Maria')).toBe(true);
    expect(present('Entra acompañada de JUAN.', 'JUAN')).toBe(true);
    expect(present('MARCO entra di corsa.', 'MARCO')).toBe(true);
  });

  it('is presence after Italian da: to, at or by the person, not of them', () => {
    expect(present('Lucia corre da Marco e lo abbraccia.', 'Marco')).toBe(true);
    expect(present('Poi torna da LUCIA, che la aspetta.', 'LUCIA')).toBe(true);
    expect(present('Viene fermata da MARCO sulla porta.', 'MARCO')).toBe(true);
    // Portuguese da is "of the", French and Spanish de "of": still a mention.
    expect(present('O carro da MARIA está lá fora.', 'MARIA')).toBe(false);
    expect(present('O retrato da MARIA na parede.', 'MARIA')).toBe(false);
    expect(present('La voiture de Maria est garée devant la porte.', 'Maria')).toBe(false);
    expect(present('Una foto della NONNA sul comò.', 'NONNA')).toBe(false);
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
    // The same in the language the script is written in: "a casa da MARIA", "o carro do PEDRO".
    expect(castOf(importScreenplay(script('O carro da MARIA está lá fora. Falam da MARIA.')).document)).toEqual(['BEN→2 (speaking)', 'MARIA→1 (speaking)']);
    expect(castOf(importScreenplay(script('O carro da MARIA está lá fora. MARIA entra.')).document)).toContain('MARIA→2');
    // Italian "da" is to them: Ben runs to Maria, who is there.
    expect(castOf(importScreenplay(script('BEN corre da MARIA e si ferma.')).document)).toContain('MARIA→2');
  });

  it("does not cast the owner of the place a heading names (JOHN'S OFFICE) or of a thing in it", () => {
    const source = ['INT. LOBBY - DAY', '', 'JOHN', 'Back soon.', '', "INT. JOHN'S OFFICE - DAY", '', "ANNA waits in John's office, by JOHN'S DESK.", '', 'ANNA', 'Hello?', ''].join('\n');
    expect(castOf(importScreenplay(source).document)).toEqual(['ANNA→2 (speaking)', 'JOHN→1 (speaking)']);
  });
});
