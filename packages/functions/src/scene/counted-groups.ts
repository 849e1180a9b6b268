import { collapse } from '../format.js';

/** People of one kind, counted or not, in a language the English reading does not know. */
export interface CountedGroup {
  [key: string]: string | number | null;
  /** The people (and a word describing them), in capitals: `HAFENARBEITER`, `JUNGE POLIZISTEN`. */
  name: string;
  /** The number written (`Zwei` 2), or null for several without a number (`Des passants`, `Unos clientes`). */
  count: number | null;
  /** `Zwei Hafenarbeiter (40er)`. */
  asWritten: string;
}

interface Language {
  numbers: Record<string, number>;
  /** People by kind, plural, lower case. */
  people: string;
  /** German writes its kinds of people as compounds (Hafen|arbeiter, Fahr|gäste): the word may end in one. */
  compounds?: boolean;
  /** A word between the number and the people that describes them (German `junge`, `müde`). */
  describing?: string;
  /** Words for several without a number (`quelques`, `unos`, `einige`): background, as `PASSERS-BY` is. */
  some: string;
  /** An article for several that is also "of the" (French `des`, Italian `dei`): only where a sentence starts. */
  someAtStart?: string;
  /** People who may be the cast (men, children): background only when counted, as in English. */
  generic: string;
  /** German drops the article: a plural of people starting a sentence (`Passanten eilen vorbei`) is background too. */
  bareAtStart?: boolean;
  /** Russian has no article: a plural of people written in capitals (`УЧЕНИКИ шумят`) is background, as `PASSENGERS` is. */
  bareInCapitals?: boolean;
  /** The singular indefinite article (`una`, `eine`, Italian `un'` written onto its noun) before one person by kind. */
  one?: string;
  /** One person by kind, singular, lower case: `Una ENFERMERA` in capitals is one extra, as `a WAITER` is. */
  person?: string;
}

// Only a number the language writes, then people by kind: precise, as a breakdown needs ("Zwei Koffer" is luggage,
// "Einige Männer" says no number). Each language's numbers go with its own people (`Dos hommes` is neither).
const LANGUAGES: Record<string, Language> = {
  de: {
    numbers: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, 'ein dutzend': 12 },
    people: `arbeiter leute männer frauen kinder jungen mädchen gäste polizisten beamte beamten soldaten matrosen fischer passagiere
      touristen studenten schüler kellner kellnerinnen krankenschwestern pfleger sanitäter wachen wächter reporter fotografen musiker
      tänzer tänzerinnen kunden besucher zuschauer nonnen mönche bauern händler jugendliche rentner träger passanten gänger
      schaulustige pendler`,
    compounds: true,
    describing: '\\p{Ll}+(?:e|en)',
    some: 'einige mehrere etliche viele wenige ein|paar',
    generic: 'männer frauen kinder leute jungen mädchen',
    bareAtStart: true,
    one: 'ein eine einen einem einer',
    person: `arbeiter mann frau kind junge mädchen gast polizist polizistin beamter beamtin soldat matrose fischer passagier tourist
      touristin student studentin schüler schülerin kellner kellnerin krankenschwester pfleger pflegerin sanitäter wache wächter
      reporter fotograf musiker tänzer tänzerin kunde kundin besucher besucherin zuschauer nonne mönch händler rentner träger
      passant passantin pendler`,
  },
  fr: {
    numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, 'une douzaine de': 12 },
    people: `hommes femmes enfants gamins garçons filles policiers gendarmes agents soldats marins pêcheurs dockers ouvriers passagers
      voyageurs touristes étudiants élèves serveurs serveuses clients infirmières infirmiers gardes musiciens danseurs danseuses
      journalistes photographes badauds religieuses moines vieillards passants promeneurs curieux spectateurs fidèles`,
    some: 'quelques plusieurs',
    someAtStart: 'des',
    generic: 'hommes femmes enfants gamins garçons filles',
    one: 'un une',
    person: `homme femme enfant gamin gamine garçon fille policier gendarme agent soldat marin pêcheur docker ouvrier ouvrière
      passager passagère voyageur voyageuse touriste étudiant étudiante élève serveur serveuse client cliente infirmière infirmier
      garde musicien musicienne danseur danseuse journaliste photographe badaud religieuse moine vieillard passant passante
      promeneur promeneuse spectateur spectatrice`,
  },
  es: {
    numbers: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, 'una docena de': 12 },
    people: `hombres mujeres niños niñas chicos chicas policías guardias agentes soldados marineros pescadores estibadores obreros
      trabajadores pasajeros viajeros turistas estudiantes camareros camareras clientes enfermeras enfermeros músicos bailarines
      bailarinas periodistas fotógrafos monjas monjes ancianos transeúntes peatones paseantes curiosos espectadores peones
      vaqueros sirvientes criados invitados meseros guardaespaldas`,
    some: 'unos unas algunos algunas varios varias muchos muchas',
    generic: 'hombres mujeres niños niñas chicos chicas',
    one: 'un una',
    person: `hombre mujer niño niña chico chica policía guardia agente soldado marinero pescador estibador obrero obrera trabajador
      trabajadora pasajero pasajera viajero viajera turista estudiante camarero camarera cliente clienta enfermera enfermero músico
      bailarín bailarina periodista fotógrafo fotógrafa monja monje anciano anciana transeúnte peatón paseante espectador espectadora
      peón vaquero sirviente sirvienta criado criada invitado invitada mesero mesera guardaespaldas`,
  },
  it: {
    numbers: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30, 'una dozzina di': 12 },
    people: `uomini donne bambini bambine ragazzi ragazze poliziotti carabinieri agenti guardie soldati marinai pescatori portuali operai
      lavoratori passeggeri viaggiatori turisti studenti camerieri cameriere clienti infermieri infermiere musicisti ballerini
      ballerine giornalisti fotografi suore monaci anziani passanti curiosi spettatori`,
    some: 'alcuni alcune diversi diverse parecchi parecchie molti molte',
    someAtStart: 'dei degli delle',
    generic: 'uomini donne bambini bambine ragazzi ragazze',
    one: "un uno una un['’]",
    person: `uomo donna bambino bambina ragazzo ragazza poliziotto poliziotta carabiniere agente guardia soldato marinaio pescatore
      portuale operaio operaia lavoratore passeggero passeggera viaggiatore turista studente studentessa cameriere cameriera cliente
      infermiere infermiera musicista ballerino ballerina giornalista fotografo suora monaco anziano anziana passante spettatore
      sconosciuto sconosciuta`,
  },
  pt: {
    numbers: { dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, 'uma dúzia de': 12 },
    people: `homens mulheres crianças meninos meninas rapazes raparigas policiais polícias guardas agentes soldados marinheiros pescadores
      estivadores operários trabalhadores passageiros viajantes turistas estudantes garçons empregados clientes enfermeiras enfermeiros
      músicos bailarinos bailarinas jornalistas fotógrafos freiras monges idosos transeuntes pedestres curiosos espectadores`,
    some: 'uns umas alguns algumas vários várias muitos muitas',
    generic: 'homens mulheres crianças meninos meninas rapazes raparigas',
    one: 'um uma',
    person: `homem mulher criança menino menina rapaz rapariga policial polícia guarda agente soldado marinheiro pescador estivador
      operário trabalhador passageiro passageira viajante turista estudante garçom garçonete empregado empregada cliente enfermeira
      enfermeiro músico bailarino bailarina jornalista fotógrafo freira monge idoso idosa transeunte pedestre espectador`,
  },
  ru: {
    // The collective numbers (двое, трое) count people; два, три count them too (два охранника).
    numbers: { два: 2, две: 2, двое: 2, три: 3, трое: 3, четыре: 4, четверо: 4, пять: 5, пятеро: 5, шесть: 6, шестеро: 6, семь: 7, семеро: 7, десять: 10, двенадцать: 12, двадцать: 20, 'десяток': 10, 'дюжина': 12 },
    // Nominative and genitive plural (and the genitive singular two to four take: два охранника).
    people: `рабочие рабочих ученики учеников школьники школьников студенты студентов пассажиры пассажиров туристы туристов
      солдаты солдат милиционеры милиционеров полицейские полицейских охранники охранников охранника официанты официантов официанта
      медсёстры медсестёр медсестры музыканты музыкантов рыбаки рыбаков прохожие прохожих зеваки зевак посетители посетителей
      покупатели покупателей зрители зрителей гости гостей монахини монахинь старики стариков мужчины мужчин женщины женщин дети детей
      мальчишки мальчишек девчонки девчонок`,
    some: 'несколько много',
    generic: 'мужчины мужчин женщины женщин дети детей мальчишки мальчишек девчонки девчонок',
    bareInCapitals: true,
  },
};

const words = (list: string): string[] => list.split(/\s+/).filter((word) => word !== '').map((word) => word.replace(/\|/g, '[ \\u00A0]+'));
// Where a sentence starts: a line's start, or after . ! ? ; : and spaces.
const AT_START = '(?:^|(?<=\\n[ \\u00A0]*)|(?<=[.!?;:…][ \\u00A0]+))';
// German nouns that are English words too ("Reporter Jane", "Fischer enters"): never read bare.
const NOT_BARE = new Set(['reporter', 'fischer', 'musiker']);

const patterns = Object.values(LANGUAGES).map((language) => {
  const numbers = Object.keys(language.numbers).map((number) => number.replace(/ /g, '[ \\u00A0]+'));
  const people = words(language.people);
  const noun = language.compounds ? `\\p{L}*(?:${people.join('|')})` : `(?:${people.join('|')})`;
  const describing = language.describing ? `(?:(${language.describing})[ \\u00A0]+)?` : '()';
  const tail = `${describing}(${noun})(?![\\p{L}\\p{N}])([ \\u00A0]*\\([^()\\n]{1,40}\\))?`;
  const counted = `(?<![\\p{L}\\p{N}])(${numbers.join('|')})[ \\u00A0]+${tail}`;
  const some = [`(?<![\\p{L}\\p{N}])(?:${words(language.some).join('|')})`, ...(language.someAtStart ? [`${AT_START}(?:${words(language.someAtStart).join('|')})`] : [])];
  const several = `(?:${some.join('|')})[ \\u00A0]+${tail}`;
  return {
    language,
    generic: new Set(words(language.generic)),
    counted: new RegExp(counted, 'giu'),
    several: new RegExp(several, 'giu'),
    bare: language.bareAtStart ? new RegExp(`${AT_START}()(${noun})(?![\\p{L}\\p{N}])([ \\u00A0]*\\([^()\\n]{1,40}\\))?`, 'giu') : null,
    inCapitals: language.bareInCapitals ? new RegExp(`(?<![\\p{L}\\p{N}])(${people.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null,
    // The article, then one person by kind (and an age).
    one:
      language.one && language.person
        ? new RegExp(
            `(?<![\\p{L}\\p{N}'’])(${words(language.one).join('|')})(?:(?<=['’])|[ \\u00A0]+)(${language.compounds ? '\\p{L}*' : ''}(?:${words(language.person).join('|')}))(?![\\p{L}\\p{N}'’-])([ \\u00A0]*\\([^()\\n]{1,40}\\))?`,
            'giu',
          )
        : null,
  };
});

/**
 * Groups of people in German, French, Spanish, Italian or Portuguese action. Counted: `Zwei Hafenarbeiter`,
 * `Deux gendarmes`, `Dos policías`, `Due carabinieri`, `Duas enfermeiras`, `Ein Dutzend Fahrgäste`. Several without a
 * number, as `PASSERS-BY` are in English: `Des passants traversent`, `Unos clientes esperan`, `alguns turistas`,
 * `Alcuni passanti`, `Einige Passanten`, and in German a plural starting a sentence (`Passanten eilen vorbei`) —
 * but not men, women, children uncounted (`Einige Männer`: they may be the cast), nor with a definite article
 * (`Les policiers arrivent`). A German noun is capitalised, so `zwei arbeiter` is not one; the describing word
 * is German's (`Drei junge Polizisten`). One person by kind in capitals after a singular indefinite article, alone, is
 * one extra, as `a WAITER` is in English: `Una ENFERMERA`, `Un CAMARERO`, `Eine KELLNERIN`, `Une SERVEUSE`, `Uno STUDENTE`,
 * `Um GUARDA` (readExtras leaves out one the cast names — `Una NIÑA (5)` who is a Character). In Russian, counted (`Двое РАБОЧИХ`, `три охранника`) or a plural in capitals
 * (`УЧЕНИКИ шумят`), as English writes its extras.
 */
export const readCountedGroups = (text: string): CountedGroup[] => {
  const found: CountedGroup[] = [];
  const add = (written: string, describing: string | undefined, noun: string, count: number | null) =>
    found.push({ name: collapse(`${describing ?? ''} ${noun}`).toUpperCase(), count, asWritten: collapse(written) });
  for (const { language, generic, counted, several, bare, inCapitals, one } of patterns) {
    const isNoun = (noun: string) => !language.compounds || noun[0] !== noun[0]!.toLowerCase();
    for (const match of text.matchAll(counted)) {
      const [written, number, describing, noun] = match as unknown as [string, string, string | undefined, string];
      const count = language.numbers[collapse(number).toLowerCase()];
      if (isNoun(noun) && count !== undefined) add(written, describing, noun, count);
    }
    for (const match of text.matchAll(several)) {
      const [written, describing, noun] = match as unknown as [string, string | undefined, string];
      if (isNoun(noun) && !generic.has(noun.toLowerCase())) add(written, describing, noun, null);
    }
    for (const match of bare ? text.matchAll(bare) : []) {
      const [written, , noun] = match as unknown as [string, string, string];
      if (isNoun(noun) && !generic.has(noun.toLowerCase()) && !NOT_BARE.has(noun.toLowerCase())) add(written, undefined, noun, null);
    }
    for (const match of inCapitals ? text.matchAll(inCapitals) : []) {
      const noun = match[1]!;
      const inGroup = found.some((group) => group.asWritten.toUpperCase().endsWith(noun.toUpperCase()));
      if (noun === noun.toUpperCase() && !generic.has(noun.toLowerCase()) && !inGroup) add(noun, undefined, noun, null);
    }
    // In capitals after an article in lower case (a line in capitals says nothing by its capitals), and alone: `Una
    // ENFERMERA archiva`, not `Una ENFERMERA JEFA` (someone's title, or a name to come).
    for (const match of one ? text.matchAll(one) : []) {
      const [written, article, noun] = match as unknown as [string, string, string];
      const next = /^[ \u00A0]+([\p{L}'’-]+)/u.exec(text.slice(match.index + written.length))?.[1] ?? '';
      const alone = next.length < 2 || next !== next.toUpperCase();
      const again = found.some((group) => group.asWritten === collapse(written)); // `Una TURISTA`: Spanish and Italian alike
      if (article !== article.toUpperCase() && noun === noun.toUpperCase() && alone && !again) add(written, undefined, noun, 1);
    }
  }
  return found;
};
