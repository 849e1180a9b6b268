import { collapse } from '../format.js';

/** People of one kind a number counts, in a language the English reading does not know. */
export interface CountedGroup {
  [key: string]: string | number;
  /** The people (and a word describing them), in capitals: `HAFENARBEITER`, `JUNGE POLIZISTEN`. */
  name: string;
  count: number;
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
}

// Only a number the language writes, then people by kind: precise, as a breakdown needs ("Zwei Koffer" is luggage,
// "Einige Männer" says no number). Each language's numbers go with its own people (`Dos hommes` is neither).
const LANGUAGES: Record<string, Language> = {
  de: {
    numbers: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, 'ein dutzend': 12 },
    people: `arbeiter leute männer frauen kinder jungen mädchen gäste polizisten beamte beamten soldaten matrosen fischer passagiere
      touristen studenten schüler kellner kellnerinnen krankenschwestern pfleger sanitäter wachen wächter reporter fotografen musiker
      tänzer tänzerinnen kunden besucher zuschauer nonnen mönche bauern händler jugendliche rentner träger`,
    compounds: true,
    describing: '\\p{Ll}+(?:e|en)',
  },
  fr: {
    numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, 'une douzaine de': 12 },
    people: `hommes femmes enfants gamins garçons filles policiers gendarmes agents soldats marins pêcheurs dockers ouvriers passagers
      voyageurs touristes étudiants élèves serveurs serveuses clients infirmières infirmiers gardes musiciens danseurs danseuses
      journalistes photographes badauds religieuses moines vieillards`,
  },
  es: {
    numbers: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, 'una docena de': 12 },
    people: `hombres mujeres niños niñas chicos chicas policías guardias agentes soldados marineros pescadores estibadores obreros
      trabajadores pasajeros viajeros turistas estudiantes camareros camareras clientes enfermeras enfermeros músicos bailarines
      bailarinas periodistas fotógrafos monjas monjes ancianos`,
  },
  it: {
    numbers: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30, 'una dozzina di': 12 },
    people: `uomini donne bambini bambine ragazzi ragazze poliziotti carabinieri agenti guardie soldati marinai pescatori portuali operai
      lavoratori passeggeri viaggiatori turisti studenti camerieri cameriere clienti infermieri infermiere musicisti ballerini
      ballerine giornalisti fotografi suore monaci anziani`,
  },
  pt: {
    numbers: { dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, 'uma dúzia de': 12 },
    people: `homens mulheres crianças meninos meninas rapazes raparigas policiais polícias guardas agentes soldados marinheiros pescadores
      estivadores operários trabalhadores passageiros viajantes turistas estudantes garçons empregados clientes enfermeiras enfermeiros
      músicos bailarinos bailarinas jornalistas fotógrafos freiras monges idosos`,
  },
};

const patterns = Object.values(LANGUAGES).map((language) => {
  const numbers = Object.keys(language.numbers).map((number) => number.replace(/ /g, '[ \\u00A0]+'));
  const people = language.people.split(/\s+/).filter((word) => word !== '');
  const noun = language.compounds ? `\\p{L}*(?:${people.join('|')})` : `(?:${people.join('|')})`;
  const describing = language.describing ? `(?:(${language.describing})[ \\u00A0]+)?` : '()';
  const source = `(?<![\\p{L}\\p{N}])(${numbers.join('|')})[ \\u00A0]+${describing}(${noun})(?![\\p{L}\\p{N}])([ \\u00A0]*\\([^()\\n]{1,40}\\))?`;
  return { language, pattern: new RegExp(source, 'giu') };
});

/**
 * Counted groups of people in German, French, Spanish, Italian or Portuguese action: `Zwei Hafenarbeiter`,
 * `Deux gendarmes`, `Dos policías`, `Due carabinieri`, `Duas enfermeiras`, `Ein Dutzend Fahrgäste`. A German
 * noun is capitalised, so `zwei arbeiter` is not one; the describing word is German's (`Drei junge Polizisten`).
 */
export const readCountedGroups = (text: string): CountedGroup[] => {
  const found: CountedGroup[] = [];
  for (const { language, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const [written, number, describing, noun] = match as unknown as [string, string, string | undefined, string];
      if (language.compounds && noun[0] === noun[0]!.toLowerCase()) continue;
      const count = language.numbers[collapse(number).toLowerCase()];
      if (count === undefined) continue;
      found.push({ name: collapse(`${describing ?? ''} ${noun}`).toUpperCase(), count, asWritten: collapse(written) });
    }
  }
  return found;
};
