import { readShotLine } from '@pc/fountain';
import { ANOTHER_PERSON, characterKey, isShortFormOf } from './characters.js';
import { collapse } from './text.js';
import type { ScriptCharacter } from './types.js';

/**
 * A person the action introduces as a screenplay does, in capitals with an age in parentheses
 * ("JUNE (40s) watches from the door", "MAN IN SUIT (50s, sweating)", "DR. O'NEIL (60)"). A script
 * supervisor casts such a person even if they never speak: a silent bit. Capitals without an age
 * are not people here — a sound (BANG, THE DOOR SLAMS), a place, a prop or a crowd (TWO COPS) is
 * written so too — and a counted group with an age ("TWO COPS (20s)") is atmosphere, not cast.
 */
// Up to six words of capitals (a title's dot, O'NEIL, COP #2, A MAN IN A WET SUIT) right before "(…)"; the age is checked apart.
const WORD = "(?:\\p{Lu}[\\p{Lu}\\p{N}'’.-]*|#?\\p{N}+)";
// A word processor joins a first name and a surname with a no-break space (GRACE\u00A0OKAFOR).
// Never from the middle of a run of capitals (the tail of a sentence in capitals), unless a full stop ended the words before.
const INTRODUCED = new RegExp(`(?<![\\p{L}\\p{N}'’#-])(?<!\\p{Lu}[\\p{Lu}\\p{N}'’#-]*[ \\u00A0])((?:${WORD}[ \\u00A0]){0,5}${WORD})[ \\u00A0]?\\(([^()\\n]{1,120})\\)`, 'gu');
// An age as writers give it: 40s, 8, 30-ish, mid-40s, late twenties, teens; in German 60er, Mitte 40, Anfang 20; 30 ans,
// 40 años, 50 anni, 20 anos, 30 Jahre.
const AGE =
  /^(?:(?:(?:early|mid|late)[- ]?)?(?:\d{1,2}(?:s|'s)?(?:-ish)?|teens?|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:(?:Anfang|Mitte|Ende) )?\d{1,2}(?:er)?|\d{1,2} (?:Jahre|ans|años|anni|anos))$/iu;
// A title keeps its dot inside a name; any other word ending in one ends a sentence ("SHE EXITS. JUNE (40s)").
const TITLE_WITH_DOT = /^(?:MR|MRS|MS|DR|ST|JR|SR|LT|SGT|CAPT|DET|PROF|REV)\.$/u;
const ARTICLE = new Set(['A', 'AN', 'THE']);
const CONNECTOR = new Set(['IN', 'OF', 'ON', 'AT', 'TO', 'BY', 'WITH', 'FROM', 'AND', 'OR', 'FOR', 'INTO', 'A', 'AN', 'THE']);
const COUNTED = /^(?:TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|SEVERAL|SOME|FEW|MANY|DOZENS|HUNDREDS|GROUP|CROWD|\d+)$/u;
// Counts in German, French, Spanish, Italian and Portuguese (ZWEI POLIZISTEN, DOS POLICÍAS): only before the people
// counted, as a count alone may be a name (OTTO is Italian eight).
const COUNTED_BEFORE = new Set(
  `ZWEI DREI VIER FÜNF SECHS SIEBEN ACHT NEUN ZEHN EINIGE MEHRERE DEUX TROIS QUATRE CINQ SEPT HUIT NEUF DIX QUELQUES PLUSIEURS
  DOS TRES CUATRO CINCO SEIS SIETE OCHO NUEVE DIEZ VARIOS VARIAS ALGUNOS ALGUNAS DUE TRE QUATTRO CINQUE SEI SETTE OTTO NOVE DIECI
  ALCUNI ALCUNE DOIS DUAS TRÊS SETE OITO DEZ VÁRIOS VÁRIAS ALGUNS ALGUMAS`.split(/\s+/u),
);

const hasAge = (parenthetical: string): boolean => parenthetical.split(',').some((part) => AGE.test(part.trim()));

/** Whether the text after a name opens with an age set off by commas, as writers introduce without parentheses: "LEO, 8, in pyjamas". */
export const hasAgeAfterComma = (after: string): boolean => {
  const age = /^,[ \u00A0]+([^,.;()\n]{1,20})[,.;]/u.exec(after);
  return age !== null && AGE.test(age[1]!.trim());
};

/** The name an introduction gives, or null: the words after the last sentence end, without an article. */
const readName = (run: string): string | null => {
  const words = run.split(/[ \u00A0]/u);
  let start = 0;
  words.forEach((word, index) => {
    if (word.endsWith('.') && !TITLE_WITH_DOT.test(word)) start = index + 1;
  });
  let name = words.slice(start);
  if (name.length > 1 && ARTICLE.has(name[0]!)) name = name.slice(1);
  // A cue is at most five words; a run opening on a preposition is the end of a sentence in capitals.
  if (name.length === 0 || name.length > 5 || COUNTED.test(name[0]!) || CONNECTOR.has(name[0]!)) return null;
  if (name.length > 1 && COUNTED_BEFORE.has(name[0]!)) return null;
  const text = collapse(name.join(' '));
  // A name has case (capitals, not a caseless script's word) and a letter; a shot line is the camera.
  if (!/\p{Lu}/u.test(text) || text !== text.toUpperCase() || readShotLine(text) !== null) return null;
  return text;
};

/** The names the action introduces with an age, in order, once each. */
export const readIntroductions = (action: string): string[] => {
  const found: string[] = [];
  for (const match of action.matchAll(INTRODUCED)) {
    if (!hasAge(match[2]!)) continue;
    const name = readName(match[1]!);
    if (name !== null && !found.includes(name)) found.push(name);
  }
  return found;
};


/**
 * The speaker an introduction names in full, as writers introduce a character once ("SERGEANT
 * NIAMH QUILL (30s)") and cue them short (QUILL, DR. NAIR, MAGGIE): the character whose every
 * word is in the introduced name, the one with most words; undefined when none, or when two
 * characters fit as well (the name is then nobody's alone). YOUNG ANNA is not ANNA. A cue that is a short
 * form of the first name fits too, below the first name itself: "WALTER WHITE (50)" is WALT.
 */
export const speakerIntroduced = (name: string, characters: readonly ScriptCharacter[]): ScriptCharacter | null | undefined => {
  const words = characterKey(name).split(' ');
  // YOUNG ANNA and COP #2 say so at an end of the name; A in MAN IN A WET SUIT is an article.
  const ends = new Set([words[0], words[words.length - 1]]);
  let best: ScriptCharacter | undefined;
  let bestSize = 0;
  let tied = false;
  for (const character of characters) {
    for (const spelling of [character.name, ...character.aliases]) {
      const own = characterKey(spelling).split(' ');
      // WALT of "WALTER WHITE": the short form of the first name of a full name counts, below the first name itself.
      const shortForm = own.length === 1 && words.length > 1 && isShortFormOf(own[0]!, words[0]!);
      if (!shortForm && !own.every((word) => words.includes(word))) continue;
      if (words.some((word) => !own.includes(word) && ends.has(word) && ANOTHER_PERSON.test(word))) continue;
      const size = shortForm ? 0.5 : own.length;
      if (size > bestSize) [best, bestSize, tied] = [character, size, false];
      else if (size === bestSize && best !== character) tied = true;
    }
  }
  return tied ? null : best;
};

const NUMBERED = /^(.+?) #\d+$/u;

/**
 * The numbered roles action names beside a numbered speaker: COP #2 speaks, so "COP #1 and COP #2
 * hold a rope" casts COP #1 too — a bit part, not a prop. Only kinds that speak somewhere are looked for.
 */
export const readNumberedRoles = (action: string, speakers: readonly string[]): string[] => {
  const kinds = new Set(speakers.flatMap((name) => NUMBERED.exec(name)?.[1] ?? []));
  const found: string[] = [];
  if (kinds.size === 0) return found;
  for (const match of action.matchAll(/(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Lu}'’.-]*[ \u00A0]){1,3})#(\d+)/gu)) {
    const kind = collapse(match[1]!);
    const name = `${kind} #${match[2]!}`;
    if (kinds.has(kind) && !found.includes(name)) found.push(name);
  }
  return found;
};

// "The girl, KIT, unlocks the door": a person introduced by what they are, named later in apposition.
const NAMED_LATER = /(?<![\p{L}\p{N}])[Tt]he ((?:\p{Ll}+ )?\p{Ll}+), (\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)?),/gu;

/**
 * The descriptions action names a person by before giving their name ("a GIRL (15)" … "The girl,
 * KIT, unlocks the door"): [description in capitals, name], so the silent GIRL is KIT, not a second person.
 */
export const readNamedLater = (action: string): Array<[string, string]> =>
  [...action.matchAll(NAMED_LATER)].map((match) => [match[1]!.toUpperCase(), collapse(match[2]!)]);
