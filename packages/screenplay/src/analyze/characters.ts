import { namePattern } from './name-pattern.js';
import { isPresence } from './presence.js';
import { collapse } from './text.js';

// Narration written as a cue (Ｎ, ナレーション; 내레이션) is the narrator, heard over the scene, as the Japanese and
// Korean layouts read Ｎ「…」 (analyze/local-layout.ts). A one-letter English cue (N) is left alone: it may be a name.
const NARRATION_CUES: Readonly<Record<string, string>> = {
  Ｎ: 'ナレーター',
  ナレ: 'ナレーター',
  ナレーション: 'ナレーター',
  내레이션: '내레이터',
  나레이션: '내레이터',
};
const NARRATORS = new Set(Object.values(NARRATION_CUES));

/** True for the narrator a Japanese or Korean script writes (ナレーター, 내레이터): no one in the scene, only heard. */
export const isNarrator = (name: string): boolean => NARRATORS.has(name);

// A number that tells one of several people of a kind apart: PATRON 3, COP #2, GUARD TWO.
const PERSON_NUMBER = /^(?:#?[0-9]{1,3}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE)$/;

// One of a kind named in the plural before its numbers: PATRONS → PATRON, WITNESSES → WITNESS, DEPUTIES → DEPUTY, GUNMEN → GUNMAN.
const singular = (noun: string): string =>
  noun.replace(/MEN$/, 'MAN').replace(/IES$/, 'Y').replace(/(SS|CH|SH|X)ES$/, '$1').replace(/([^S])S$/, '$1');

/**
 * "PATRONS THREE AND FOUR", "COPS #1 & #2": numbers after the first speaker's share its kind — PATRON THREE and
 * PATRON FOUR speak, as the script calls them apart (PATRON ONE, PATRON FIVE), not PATRONS THREE and someone called FOUR.
 */
const sharedKind = (parts: string[]): string[] => {
  if (parts.length < 2 || !parts.slice(1).every((part) => PERSON_NUMBER.test(part))) return parts;
  const first = /^(.*\S)\s+(\S+)$/.exec(parts[0]!);
  if (!first || !PERSON_NUMBER.test(first[2]!)) return parts;
  const kind = singular(first[1]!);
  return [`${kind} ${first[2]!}`, ...parts.slice(1).map((part) => `${kind} ${part}`)];
};

/**
 * The characters a cue names: "ANNA AND BEN", "ANNA & BEN" and "ANNA/BEN" are two speakers; Ｎ is the narrator.
 * `name` comes from the parser, extensions (V.O., CONT'D) already removed and UPPERCASE.
 *
 * @example
 * cueSpeakers('DAN & JACK') // ['DAN', 'JACK']
 * cueSpeakers('MARA/BEN')   // ['MARA', 'BEN']
 * cueSpeakers('PATRONS THREE AND FOUR') // ['PATRON THREE', 'PATRON FOUR']
 * cueSpeakers('Ｎ')          // ['ナレーター']
 */
export const cueSpeakers = (name: string): string[] =>
  sharedKind(
    name
      .split(/\s+AND\s+|\s*[&/]\s*/)
      .map((part) => collapse(part).replace(/[\s:]+$/, ''))
      .filter((part) => part !== ''),
  )
    .filter((part) => /\p{L}/u.test(part))
    .map((part) => NARRATION_CUES[part] ?? part);

/**
 * The key two spellings of one character share: UPPERCASE, dots dropped, spaces
 * collapsed, curly apostrophes straight, so "MRS. PARK" and "MRS PARK", or "O’BRIEN" (a
 * word processor's autocorrect) and "O'BRIEN", are one Character (the other spelling
 * becomes an alias).
 */
export const characterKey = (name: string): string =>
  collapse(name.normalize('NFC').toUpperCase().replace(/\./g, ' ').replace(/[\u2018\u2019\u02BC]/g, "'"));

// Titles a cue may carry before a name the script also uses alone: "NURSE BELL" … "BELL".
const TITLES = new Set([
  'MR', 'MRS', 'MS', 'MISS', 'MX', 'DR', 'DOCTOR', 'NURSE', 'OFFICER', 'DETECTIVE', 'DET', 'SGT', 'SERGEANT', 'LT', 'LIEUTENANT',
  'CAPT', 'CAPTAIN', 'PROF', 'PROFESSOR', 'AGENT', 'JUDGE', 'COACH', 'FATHER', 'SISTER', 'AUNT', 'UNCLE', 'SIR', 'LADY', 'LORD',
  'MADAME', 'MONSIEUR', 'SEÑOR', 'SEÑORA', 'SEÑORITA', 'DON', 'DOÑA', 'SEU', 'DONA', 'SENHOR', 'SENHORA', 'SIGNOR', 'SIGNORA',
  'SIGNORINA', 'HERR', 'FRAU',
]);

// A second word that counts people of one kind, not a surname.
const COUNTED = new Set(['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'A', 'B', 'C', 'JR', 'SR', 'II', 'III']);

/**
 * A word that makes another cast member of a name, at either end of it: YOUNG ANNA and AURELIO JOVEN are played by
 * someone else than ANNA and AURELIO (a flashback's younger self), COP #2 is not COP. In the languages of the corpus:
 * Spanish JOVEN, NIÑO, VIEJO; Italian GIOVANE, VECCHIO; Portuguese JOVEM, VELHO; French JEUNE, VIEUX, PETIT; German
 * JUNGE, ALTE; Russian МОЛОДОЙ, МАЛЕНЬКАЯ, СТАРЫЙ.
 */
export const ANOTHER_PERSON =
  /^(?:YOUNG|YOUNGER|OLD|OLDER|LITTLE|BABY|TEEN|TEENAGE|ADULT|ELDERLY|FUTURE|DEAD|TWIN|FAKE|#?\d+|ONE|TWO|THREE|FOUR|FIVE|A|B|C|JR|SR|II|III|JOVEN|NIÑO|NIÑA|VIEJO|VIEJA|GIOVANE|VECCHIO|VECCHIA|JOVEM|VELHO|VELHA|JEUNE|VIEUX|VIEILLE|PETIT|PETITE|JUNGE|JUNGER|ALTE|ALTER|МОЛОДОЙ|МОЛОДАЯ|МАЛЕНЬКИЙ|МАЛЕНЬКАЯ|СТАРЫЙ|СТАРАЯ)$/u;

// What turns a first name into another one (PAUL/PAULA, DAN/DANA, JOHN/JOHNNY, LOUIS/LOUISE, JAN/JANINE): never a short form.
const OTHER_NAME_ENDING = /^(?:\p{Lu}|IE|Y|NY|NIE|INE|ETTE|ELLE|ELLA|ETTA|INA|ANNE|ANA)$/u;

/**
 * Whether a one-word cue is a short form of the first name `first`: WALT of WALTER, SAM of SAMUEL,
 * CHRIS of CHRISTOPHER — three letters at least, and never a name of its own (DAN of DANA, JOHN of JOHNNY) nor
 * an owner (WILL of WILL'S DATE).
 *
 * @example
 * isShortFormOf('WALT', 'WALTER') // true
 * isShortFormOf('DAN', 'DANA')    // false
 */
export const isShortFormOf = (short: string, first: string): boolean =>
  /^\p{L}{3,}$/u.test(short) && /^\p{L}+$/u.test(first) && first.length > short.length && first.startsWith(short) && !OTHER_NAME_ENDING.test(first.slice(short.length));

/**
 * Cue keys that name one person two ways, a title and a name ("NURSE BELL") and the name
 * alone ("BELL"), as writers shorten a cue once the character is introduced: the bare
 * key → the titled key. Only when exactly one titled key has that name ("MR. PARK" and
 * "MRS. PARK" leave "PARK" alone); "YOUNG NORA" is not a title, so NORA stays NORA. Likewise
 * a full name and the first name alone ("DESMOND O'HARE", "DESMOND"), when only one full name
 * starts with it. Never two names that take turns speaking in a scene (`together`): they are two people there.
 */
export const titledNameMerges = (keys: Iterable<string>, together: (a: string, b: string) => boolean = () => false): Map<string, string> => {
  const all = new Set(keys);
  const titledByName = new Map<string, string[]>();
  for (const key of all) {
    const space = key.indexOf(' ');
    if (space === -1 || !TITLES.has(key.slice(0, space))) continue;
    const name = key.slice(space + 1);
    titledByName.set(name, [...(titledByName.get(name) ?? []), key]);
  }
  const merges = new Map<string, string>();
  for (const [name, titled] of titledByName) if (titled.length === 1 && all.has(name) && !together(name, titled[0]!)) merges.set(name, titled[0]!);
  // "DESMOND O'HARE" and, later, "DESMOND": the first name alone, when one full name starts with it
  // ("GUARD" and "GUARD TWO" are two guards).
  const fullByFirst = new Map<string, string[]>();
  for (const key of all) {
    const words = key.split(' ');
    if (words.length !== 2 || TITLES.has(words[0]!) || COUNTED.has(words[1]!) || ANOTHER_PERSON.test(words[1]!) || !/^\p{L}[\p{L}'’-]+$/u.test(words[1]!)) continue;
    fullByFirst.set(words[0]!, [...(fullByFirst.get(words[0]!) ?? []), key]);
  }
  for (const [first, full] of fullByFirst) if (full.length === 1 && all.has(first) && !merges.has(first) && !together(first, full[0]!)) merges.set(first, full[0]!);
  // "WALTER WHITE" and, later, "WALT": a short form of the first name, when it fits one full name and no cue is that first name.
  for (const key of all) {
    if (key.includes(' ') || merges.has(key) || fullByFirst.has(key)) continue;
    const firsts = [...fullByFirst.keys()].filter((first) => isShortFormOf(key, first) && !all.has(first));
    const full = firsts.length === 1 ? fullByFirst.get(firsts[0]!)! : [];
    if (full.length === 1 && !together(key, full[0]!)) merges.set(key, full[0]!);
  }
  return merges;
};

/**
 * Each character's spellings plus, for a titled name ("DR. O'NEIL", "NURSE BELL"), the name without
 * its title, as action writes it after the introduction ("O'Neil beside her") — unless two
 * characters would share it (MR. PARK, MRS. PARK) or it is a character's own spelling.
 */
export const withUntitledSpellings = (spellings: ReadonlyMap<string, readonly string[]>): Map<string, string[]> => {
  const own = new Set([...spellings.values()].flat().map(characterKey));
  const owners = new Map<string, Set<string>>();
  const bare = new Map<string, string[]>();
  for (const [key, list] of spellings) {
    for (const spelling of list) {
      const words = spelling.split(' ');
      const title = words[0]!.replace(/\./g, '').toUpperCase();
      if (words.length < 2 || !TITLES.has(title)) continue;
      const name = words.slice(1).join(' ');
      if (own.has(characterKey(name))) continue;
      owners.set(characterKey(name), (owners.get(characterKey(name)) ?? new Set()).add(key));
      bare.set(key, [...(bare.get(key) ?? []), name]);
    }
  }
  return new Map(
    [...spellings].map(([key, list]) => [key, [...list, ...(bare.get(key) ?? []).filter((name) => owners.get(characterKey(name))!.size === 1)]]),
  );
};

/** `AMÁLIA COSTA` as action writes the name after the introduction: `Amália Costa`. */
const asWrittenAfterIntroduction = (name: string): string =>
  name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, lead: string, letter: string) => `${lead}${letter.toUpperCase()}`);

/**
 * A matcher for mentions of known characters in action: in capitals ("BEN watches"), the
 * screenplay convention for introducing someone, and capitalised as a name ("Ben drives"),
 * as action names them afterwards — a stage-direction-heavy scene often names its people
 * only so. Only names of characters who speak somewhere are looked for, so a shouted SOUND
 * in action is never a character, and a word in lower case ("she may") is not a name ("MAY").
 * Names of one letter are ignored, and names under three letters only match in capitals.
 * A possessive of a belonging and talk about someone ("MARIA's car", "They talk about JOHN") are not
 * presence and are skipped. Costs: a name that is also a common word is matched where a sentence starts with it
 * ("Will you…" for WILL).
 *
 * @param names - canonical names and aliases, by character key.
 */
export const createMentionFinder = (names: ReadonlyMap<string, readonly string[]>) => {
  const spellings = [...names].flatMap(([key, list]) =>
    list
      .filter((name) => name.length >= 2)
      .flatMap((name) => {
        const written = asWrittenAfterIntroduction(name);
        return name.length >= 3 && name === name.toUpperCase() && written !== name ? [{ key, name }, { key, name: written }] : [{ key, name }];
      }),
  );
  // Longest first, so "MRS. PARK" wins over "PARK" where both are characters.
  spellings.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  if (spellings.length === 0) return (): string[] => [];
  const pattern = new RegExp(spellings.map((s) => namePattern(s.name)).join('|'), 'gu');
  const keyOf = new Map(spellings.map((s) => [s.name, s.key]));
  /** The keys of the characters `text` mentions, in order of first mention. */
  return (text: string): string[] => {
    const found: string[] = [];
    for (const match of text.matchAll(pattern)) {
      // "MARIA's car", "They talk about JOHN": named, but not in the scene (presence.ts).
      if (!isPresence(text, match.index, match.index + match[0].length)) continue;
      const key = keyOf.get(match[0]);
      if (key !== undefined && !found.includes(key)) found.push(key);
    }
    return found;
  };
};
