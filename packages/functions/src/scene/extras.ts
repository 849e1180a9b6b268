import { stripEmphasis, type FountainElement } from '@pc/fountain';
import { collapse, escapeRegExp } from '../format.js';
import { readCjkGroups } from './cjk-groups.js';
import { readCountedGroups } from './counted-groups.js';

/** Background people a scene's action calls for: the breakdown's Extras / Atmosphere. */
export interface ExtrasEntry {
  [key: string]: string | number | null;
  /** What they are, in capitals: `COPS`, `UNIFORMED COPS`, `CROWD OF COMMUTERS`, `WAITER`. */
  name: string;
  /** How many the script gives (`TWO COPS` 2, `a WAITER` 1), or null when it gives none (`PASSENGERS`, `A CROWD`). */
  count: number | null;
  /** The words as the action first writes them: `TWO COPS (20s)`. */
  asWritten: string;
}

// People a script names by what they are. Singular; the plural is derived (COP → COPS, POLICEMAN → POLICEMEN).
// DINER alone is a place (INT. DINER), and a FAN, a record PLAYER, a vacuum CLEANER and a walking STAFF are props
// written in capitals as writers write props: none of them is here.
const PEOPLE_SINGULAR = `MAN WOMAN BOY GIRL CHILD KID TEEN TEENAGER BABY PERSON GUY LADY GENTLEMAN STRANGER COP OFFICER
  POLICEMAN POLICEWOMAN GUARD SOLDIER TROOPER NURSE ORDERLY PATIENT WAITER WAITRESS BARTENDER BARMAN BARMAID BARISTA
  CHEF COOK CLERK CASHIER CUSTOMER PATRON SHOPPER PASSENGER COMMUTER DRIVER CABBIE PEDESTRIAN BYSTANDER ONLOOKER
  SPECTATOR TOURIST STUDENT PUPIL TEACHER WORKER LABORER LABOURER BUILDER FARMER FISHERMAN SAILOR STEWARDESS
  ATTENDANT USHER PORTER VENDOR HAWKER BEGGAR PROTESTER DEMONSTRATOR REPORTER JOURNALIST PHOTOGRAPHER DANCER
  MUSICIAN SINGER GUEST VISITOR MOURNER WORSHIPPER PARISHIONER NUN MONK PRISONER INMATE CONVICT THUG GOON
  HENCHMAN AGENT PARAMEDIC FIREFIGHTER FIREMAN MEDIC RESIDENT NEIGHBOR NEIGHBOUR VILLAGER ATHLETE RUNNER
  JOGGER CYCLIST SURFER SWIMMER SUNBATHER SKATER BUSINESSMAN BUSINESSWOMAN EXECUTIVE SECRETARY INTERN MAID BUTLER
  SERVANT BOUNCER DOORMAN JANITOR GARDENER MECHANIC TECHNICIAN DOCKWORKER DOCKER STEVEDORE DRINKER GAMBLER
  PARTYGOER REVELLER REVELER SHOPKEEPER STALLHOLDER MERCHANT TRAVELLER TRAVELER HIKER REFUGEE MIGRANT POSTMAN
  MAILMAN COURIER EXTRA SCHOOLCHILD SCHOOLBOY SCHOOLGIRL UNIFORM STEWARD SUPPORTER PASSER-BY REGULAR FIGURE INSPECTOR`;
const PEOPLE_PLURAL_ONLY = ['DINERS', 'PEOPLE', 'POLICE', 'TOWNSFOLK', 'TOWNSPEOPLE', 'FOLK', 'FOLKS', 'PAPARAZZI'];
// Groups of people by nature; GROUP, SWARM, HORDE … only with "of" and people after it (a SWARM of bees is not atmosphere).
const CROWDS = ['CROWD', 'MOB', 'THRONG', 'AUDIENCE', 'CONGREGATION', 'CHOIR', 'ORCHESTRA', 'SQUAD', 'PLATOON', 'GANG', 'ENTOURAGE'];
const GROUPS_OF = ['GROUP', 'SWARM', 'HORDE', 'HANDFUL', 'LINE', 'QUEUE', 'BUNCH', 'CLUSTER', 'KNOT'];

const pluralOf = (word: string): string =>
  word === 'PASSER-BY' ? 'PASSERS-BY' : word.endsWith('MAN') ? `${word.slice(0, -3)}MEN` : word === 'CHILD' || word.endsWith('SCHOOLCHILD') ? `${word}REN` : word === 'PERSON' ? 'PEOPLE' : /[^AEIOU]Y$/.test(word) ? `${word.slice(0, -1)}IES` : `${word}S`;

const SINGULAR = new Set(PEOPLE_SINGULAR.split(/\s+/).filter((word) => word !== ''));
const LISTED_PLURAL = new Set([...[...SINGULAR].map(pluralOf), ...PEOPLE_PLURAL_ONLY, ...CROWDS.map((word) => `${word}S`)]);

// What people do, whose doers are people by kind (WALKERS, DELIVERY RIDERS, SMOKERS); not play, clean, speak, train, mow
// (record players, vacuum cleaners, loudspeakers, trainers and mowers are things).
const ACTIVITIES = new Set(
  `WALK RIDE JOG SHOP SMOKE SKATE HIKE CLIMB HUNT DANCE BATHE SURF ROW SAIL DELIVER SWEEP PROTEST PICK BIKE SKI CAMP BOWL
  GOLF MOURN WORSHIP GAMBLE VIEW WATCH LISTEN BUY SELL BID CAROL DEAL TRADE BAKE LEARN STRIKE PICKET RIOT LOOT MUG ROB
  SQUAT CARE VOTE TREK RAMBLE STROLL KAYAK PADDLE BOARD SNOWBOARD SKATEBOARD TREAT GAWK`.split(/\s+/),
);
// Lists of things, not people by their trade as cyclists and novelists are.
const THING_LISTS = /(?:CHECK|PLAY|WISH|SHORT|BLACK|WAIT|HIT|SET|PRICE|SHOPPING|GUEST)LISTS$/;

/**
 * A plural naming people by what they do, beyond the list: an activity's doers (DOG WALKERS, DELIVERY RIDERS, JOGGERS),
 * a trade in -ists or -ians (FLORISTS, LIBRARIANS) or in -men (WORKMEN, LINESMEN).
 */
const isDoers = (word: string): boolean => {
  const last = word.split('-').at(-1)!;
  if (last.endsWith('ERS')) {
    const stem = last.slice(0, -3);
    return ACTIVITIES.has(stem) || ACTIVITIES.has(`${stem}E`) || (/(.)\1$/.test(stem) && ACTIVITIES.has(stem.slice(0, -1)));
  }
  if (last.endsWith('ISTS')) return last.length >= 8 && !THING_LISTS.test(last);
  if (last.endsWith('IANS')) return last.length >= 7;
  return last.endsWith('MEN') && last.length >= 6 && last !== 'WOMEN' && !last.endsWith('IMEN');
};
const isPlural = (word: string): boolean => LISTED_PLURAL.has(word) || isDoers(word);
const isPeople = (word: string): boolean => SINGULAR.has(word) || isPlural(word);

const NUMBERS: Record<string, number> = {
  A: 1, AN: 1, ONE: 1, TWO: 2, COUPLE: 2, PAIR: 2, THREE: 3, FOUR: 4, FIVE: 5, SIX: 6, SEVEN: 7, EIGHT: 8, NINE: 9, TEN: 10,
  ELEVEN: 11, TWELVE: 12, DOZEN: 12, THIRTEEN: 13, FOURTEEN: 14, FIFTEEN: 15, TWENTY: 20, THIRTY: 30, FIFTY: 50, HUNDRED: 100,
};
// Words before the people that say there are several, without saying how many.
const SOME = new Set(['SEVERAL', 'SOME', 'FEW', 'MANY', 'DOZENS', 'HUNDREDS', 'MORE', 'OTHER', 'THE']);
// Numbers that take an article or "of": a dozen, a couple of, a pair of, a hundred.
const MULTIPLES = new Set(['DOZEN', 'COUPLE', 'PAIR', 'HUNDRED']);

// Written in lower case, people are atmosphere only where the sentence is about them (see readLowerCase). These say
// who, not what kind of people (the kids, the girls may be the cast): only when counted ("two men", "a few people").
const GENERIC = new Set(['MEN', 'WOMEN', 'BOYS', 'GIRLS', 'CHILDREN', 'KIDS', 'TEENS', 'TEENAGERS', 'BABIES', 'PERSONS', 'PEOPLE', 'GUYS', 'LADIES', 'GENTLEMEN', 'STRANGERS', 'FOLK', 'FOLKS']);
// Uniforms hang in a closet, extras are a word for them, figures add up: in lower case, none is people.
const NOT_LOWER_CASE = new Set(['UNIFORMS', 'EXTRAS', 'FIGURES']);
// Capitals after the people that say which one, not what thing: "a WOMAN IN A FUR HAT", "a MAN WITH A LIMP".
const DESCRIBED_BY = /^(?:IN|WITH|WEARING|CARRYING|HOLDING)$/u;
// Written before another noun more often than as people: police cars, folk music.
const ATTRIBUTIVE = new Set(['POLICE', 'FOLK']);
// Whom a crowd is of, besides people by kind: a crowd of fans is people, a ceiling fan is not.
const FOLLOWERS = new Set(['FANS', 'SUPPORTERS', 'ADMIRERS', 'FOLLOWERS', 'PILGRIMS', 'LOCALS', 'ONLOOKERS', 'KIDS']);
// Counts that say "more than one" of people written in lower case (not "the", "some", "other": those are anyone's).
const COUNTING = new Set(['SEVERAL', 'FEW', 'MANY', 'DOZENS', 'HUNDREDS']);
// A word between the count and the people that describes them: "a dozen tired tourists", "two uniformed cops".
const DESCRIBING = /^(?:[a-z]+(?:ed|ing|ful|ous|ive|al|ic|ish|ly|less|y)|young|old|other|more|drunk|local|lone|armed|masked|late|early|off-duty|plainclothes)$/u;

// A writer's aside that puts the reader among people ("those of us in the audience", "we, the crowd,"): us, we or you,
// then at most "in", a comma, before the article.
const VIEWERS = /(?<![\p{L}])(?:us|we|you)(?:,|[ \u00A0]+in)?[ \u00A0]+$/iu;

const WORD = /(?<![\p{L}\p{N}'’#])[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const isCapitals = (word: string): boolean => /\p{Lu}/u.test(word) && word === word.toUpperCase();

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * How many the words before the people give (`TWO`, `two`, `a dozen`, `a couple of`, `3`) and the
 * token the count starts at: 1 for a singular noun, null for a plural the script does not count.
 */
const readCount = (tokens: readonly Token[], first: number, singular: boolean): { count: number | null; from: number } => {
  let count: number | null = null;
  let from = first;
  for (let index = first - 1; index >= 0 && first - index <= 4; index -= 1) {
    const word = tokens[index]!.text.toUpperCase();
    const number = /^\d+$/.test(word) ? Number(word) : NUMBERS[word];
    if (number !== undefined) {
      from = index;
      // "A DOZEN", "A COUPLE OF": the article before a number is part of it.
      if ((word === 'A' || word === 'AN') && count !== null) continue;
      count = number;
      if (MULTIPLES.has(word)) continue;
      break;
    }
    if (SOME.has(word)) {
      from = index;
      count = null;
      break;
    }
    if (word !== 'OF') break;
  }
  return { count: singular ? 1 : count === 1 ? null : count, from };
};

/** Whether the token starts a sentence: the line's first word, or the first after . ! ? ; : or a dash. */
const startsSentence = (text: string, tokens: readonly Token[], at: number): boolean =>
  at === 0 ? /^[\s"“(]*$/u.test(text.slice(0, tokens[0]!.start)) : /[.!?;:—–][\s"“]*$/u.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start));

// Words before people that say whose or which they are, never what kind: "two of his workers", "the other riders".
const NOT_A_KIND = new Set(['A', 'AN', 'THE', 'HIS', 'HER', 'THEIR', 'MY', 'OUR', 'YOUR', 'ITS', 'THIS', 'THAT', 'THESE', 'THOSE', 'OF', 'AND', 'OR', 'WITH', 'OTHER', 'SAME']);

/**
 * People named by a noun and the kind of them, counted: "two delivery riders", "a few dog walkers", "three office
 * workers" — the kind is the two words. The noun is singular ("In two years students forget" is not a kind).
 */
const readCompound = (text: string, tokens: readonly Token[], index: number): { from: number; kindFrom: number; count: number | null } | null => {
  let first = index;
  while (first > 0 && index - first < 2) {
    const noun = tokens[first - 1]!;
    const upper = noun.text.toUpperCase();
    if (!/^[a-z]+$/u.test(noun.text) || upper.endsWith('S') || NOT_A_KIND.has(upper) || SOME.has(upper) || NUMBERS[upper] !== undefined) break;
    // "tired" describes them; "delivery", "security", "factory" say which kind.
    if (text.slice(noun.end, tokens[first]!.start) !== ' ' || (DESCRIBING.test(noun.text) && !/(?:ery|ity|ory|ary)$/u.test(noun.text))) break;
    first -= 1;
  }
  if (first === index) return null;
  const read = readCount(tokens, first, false);
  const quantifier = tokens[read.from]?.text.toUpperCase() ?? '';
  if (read.from === first || (read.count === null && !COUNTING.has(quantifier))) return null;
  const from = quantifier === 'FEW' && /^an?$/iu.test(tokens[read.from - 1]?.text ?? '') ? read.from - 1 : read.from;
  return { from, kindFrom: first, count: read.count };
};

/**
 * People written in lower case that a scene calls for, as a plural by kind: the subject of a sentence
 * ("Commuters hurry past", "The passengers doze", "A few diners look up") or counted anywhere ("past two nurses",
 * "a dozen tired tourists"). Never one person ("a waiter" may be anyone's), never in a sentence about something
 * else ("thinks of the soldiers", "her students", "nurses’ station"), and a plural saying who (men, kids, people) only
 * when counted: "the kids" may be the cast. Where the words start and the count, or null when it is not people.
 */
const readLowerCase = (text: string, tokens: readonly Token[], index: number): { from: number; kindFrom: number; count: number | null } | null => {
  const token = tokens[index]!;
  const word = token.text.toUpperCase();
  const followers = FOLLOWERS.has(word);
  if (/['’]/u.test(token.text) || /^['’]/u.test(text.slice(token.end)) || (!isPlural(word) && !followers) || NOT_LOWER_CASE.has(word)) return null;
  // A word describing them, then the count: "a dozen tired tourists".
  const compound = readCompound(text, tokens, index);
  if (compound) return compound;
  let first = index;
  const previous = tokens[index - 1];
  if (previous && DESCRIBING.test(previous.text.toLowerCase()) && /^[ \u00A0]$/u.test(text.slice(previous.end, token.start))) first = index - 1;
  if (first !== index && NUMBERS[previous!.text.toUpperCase()] !== undefined) first = index;
  const read = readCount(tokens, first, false);
  const quantifier = tokens[read.from]!.text.toUpperCase();
  // "A few": the article is part of the count.
  const from = quantifier === 'FEW' && /^an?$/iu.test(tokens[read.from - 1]?.text ?? '') ? read.from - 1 : read.from;
  if (read.count !== null || COUNTING.has(quantifier)) return { from, kindFrom: index, count: read.count };
  if (GENERIC.has(word) || followers) return null;
  // The subject, with its article or "some" before it: "The passengers doze", "Commuters hurry past".
  const start = from !== first ? from : first;
  return startsSentence(text, tokens, start) && tokens[start]!.text !== tokens[start]!.text.toLowerCase() ? { from: start, kindFrom: index, count: null } : null;
};

// "It is the director, VASCO PIRES (50s).", "The figure steps out: it is MOTHER OWL.": a sentence saying who the person
// just described is.
const REVEAL = /(?:^\s*|[:;,—–]\s*)(?:it\s+is|it['’]s|it\s+was|this\s+is)\b([^.!?\n]{0,60})/iu;

/** Whether a cast member's name stands in `text` as a word, in any case. */
const namesCast = (text: string, names: readonly string[]): boolean => {
  const upper = text.toUpperCase();
  return names.some((name) => new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'u').test(upper));
};

/**
 * Whether the action goes on to say who they are, a cast member: "A FIGURE in a long coat approaches: detective
 * McCLANE." (a colon or a dash, then three words at most to the sentence's end), or the next sentence "It is the
 * director, VASCO PIRES (50s)." within two sentences. Then they are that cast member, not an extra.
 */
const isRevealed = (rest: string, names: readonly string[]): boolean => {
  const sentence = /^[^.!?\n]*/u.exec(rest)![0];
  const reveal = /(?::|\s[-–—]{1,2}\s|[–—])\s*([^:–—]+)$/u.exec(sentence)?.[1]?.trim() ?? '';
  if (reveal !== '' && reveal.split(/\s+/).length <= 3 && namesCast(reveal, names)) return true;
  // The next two sentences: "He turns. It is the director, VASCO PIRES."
  const after = rest.slice(sentence.length).match(/[^.!?]+[.!?]*/gu)?.slice(0, 2) ?? [];
  return after.some((next) => {
    const said = REVEAL.exec(next);
    return said !== null && namesCast(said[1]!, names);
  });
};

/** The run of capitals from `from` on, joined by single spaces: "IN A FUR HAT" of "a WOMAN IN A FUR HAT dozes". */
const readDescription = (text: string, tokens: readonly Token[], from: number): { end: number } => {
  let last = from;
  while (last + 1 < tokens.length && last - from < 5 && /^[ \u00A0]$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) && isCapitals(tokens[last + 1]!.text)) last += 1;
  return { end: tokens[last]!.end };
};

/**
 * The extras one line of action calls for: people written in capitals by what they are (`TWO COPS (20s)`,
 * `PASSENGERS`, `a WAITER`, `A CROWD of commuters`), never a named character (`names`, written in capitals
 * in the line), a sound, a place or a shot. In a mixed-case line the capitals before the people describe
 * them (`UNIFORMED COPS`) and capitals after them make a thing of them (`POLICE STATION`, `CROWD NOISE`).
 */
const readLine = (text: string, names: readonly string[], following = ''): ExtrasEntry[] => {
  const tokens: Token[] = [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  const named = names.flatMap((name) => {
    const spans: Array<[number, number]> = [];
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) spans.push([at, at + name.length]);
    return spans;
  });
  const allCapitals = text === text.toUpperCase();
  const found: ExtrasEntry[] = [];
  // Where the last entry's words end: "A CROWD of commuters" is one entry, not CROWD and COMMUTERS.
  let covered = 0;
  tokens.forEach((token, index) => {
    if (token.start < covered || token.text.length < 2) return;
    const word = token.text.replace(/['’]S?$/u, '').toUpperCase();
    // People are written in capitals when the scene calls for them; a crowd is people in any case ("a small crowd").
    // Only after its article ("a small crowd"), which "choir mistress" lacks.
    const article = [index - 1, index - 2].find((at) => at >= 0 && /^(?:a|an|the)$/iu.test(tokens[at]!.text));
    const lowerCase = token.text !== token.text.toUpperCase();
    const lowerCrowd = lowerCase && [...CROWDS, ...GROUPS_OF].includes(word.replace(/S$/, '')) && article !== undefined;
    const next = tokens[index + 1];
    const lowerPeople = lowerCase && !lowerCrowd ? readLowerCase(text, tokens, index) : null;
    // "police officers": one kind of people in two words; "police" alone in lower case is mostly a car or a station.
    const kind = next !== undefined && text.slice(token.end, next.start) === ' ' && isPlural(next.text.toUpperCase()) ? next : token;
    if (lowerPeople && (kind !== token || !ATTRIBUTIVE.has(word))) {
      if (named.some(([from, to]) => token.start < to && token.end > from) || names.includes(word)) return;
      covered = kind.end;
      found.push({ name: collapse(text.slice(tokens[lowerPeople.kindFrom]!.start, kind.end).toUpperCase()), count: lowerPeople.count, asWritten: collapse(text.slice(tokens[lowerPeople.from]!.start, kind.end)) });
      return;
    }
    if (!isCapitals(token.text) && !lowerCrowd) return;
    // "Those of us in the audience", "we, the crowd,": the writer and the reader, not people on set.
    if (VIEWERS.test(text.slice(0, tokens[article ?? index]!.start))) return;
    const joinedToNext = next !== undefined && /^[ \u00A0]$/u.test(text.slice(token.end, next.start)) && isCapitals(next.text);
    const crowd = CROWDS.includes(word) || CROWDS.includes(word.replace(/S$/, ''));
    const groupOf = GROUPS_OF.includes(word);
    if (!isPeople(word) && !crowd && !groupOf) return;
    // A person described in capitals with no name is a silent bit, an extra as a WAITER is: "a WOMAN IN A FUR HAT".
    const description = !allCapitals && joinedToNext && DESCRIBED_BY.test(next.text) ? readDescription(text, tokens, index + 1) : null;
    // COP #1 beside a speaking COP #2 is cast; POLICE STATION is a place (in a line in capitals, nothing says so).
    if (/^\s*#\d/u.test(text.slice(token.end)) || (!allCapitals && joinedToNext && !/^OF$/u.test(next.text) && !description)) return;
    if (named.some(([from, to]) => token.start < to && token.end > from)) return;

    // "A CROWD of commuters", "a GROUP OF TOURISTS": the people the group is of.
    let end = description?.end ?? token.end;
    let name = description ? collapse(`${word} ${text.slice(next!.start, description.end).toUpperCase()}`) : word;
    const of = /^[ \u00A0]+of[ \u00A0]+((?:[\p{L}'’-]+[ \u00A0]+){0,2}?)([\p{L}'’-]+)/iu.exec(text.slice(token.end));
    if (crowd || groupOf) {
      const whom = of?.[2]?.toUpperCase() ?? '';
      const people = isPeople(whom) || FOLLOWERS.has(whom);
      if (groupOf && !people) return;
      if (of && people) {
        name = collapse(`${word} OF ${of[1] ?? ''}${whom}`);
        end = token.end + of[0].length;
      }
    }
    // Capitals right before describe them in a mixed-case line: TWO UNIFORMED COPS.
    let first = index;
    if (!allCapitals && !lowerCrowd) {
      while (first > 0 && index - first < 2) {
        const previous = tokens[first - 1]!;
        const gap = text.slice(previous.end, tokens[first]!.start);
        const upper = previous.text.toUpperCase();
        if (!/^[ \u00A0]$/u.test(gap) || !isCapitals(previous.text) || NUMBERS[upper] !== undefined || SOME.has(upper) || /^\d+$/.test(upper)) break;
        first -= 1;
      }
      name = collapse(`${tokens.slice(first, index).map((t) => t.text).join(' ')} ${name}`);
    }
    if (names.includes(name) || (SINGULAR.has(word) && isRevealed(`${text.slice(end)}${following}`, names))) return;
    const singular = SINGULAR.has(word) || groupOf || CROWDS.includes(word);
    const counted = readCount(tokens, first, singular);
    const from = lowerCrowd ? article! : counted.from;
    // "The CHOIR, twelve of them,": the count after them.
    const after = /^,[ \u00A0]+([\p{L}\d]+)[ \u00A0]+of them\b/iu.exec(text.slice(end));
    const countAfter = after ? (/^\d+$/.test(after[1]!) ? Number(after[1]) : NUMBERS[after[1]!.toUpperCase()]) : undefined;
    const count = countAfter ?? (crowd || groupOf ? null : counted.count);
    // The words as written, from the count to the age: "TWO COPS (20s)".
    const age = /^[ \u00A0]*\([^()\n]{1,40}\)/u.exec(text.slice(end));
    covered = end;
    found.push({ name, count, asWritten: collapse(text.slice(tokens[from]!.start, end + (age?.[0].length ?? 0))) });
  });
  return found;
};

/**
 * The scene's Extras / Atmosphere from its action, in order of first mention, once per name (the
 * largest count given). `names` are the cast's names and aliases in capitals: a named character is cast, never atmosphere.
 */
export const readExtras = (elements: readonly FountainElement[], names: readonly string[]): ExtrasEntry[] => {
  const byName = new Map<string, ExtrasEntry>();
  elements.forEach((element, index) => {
    if (element.type !== 'action') return;
    const text = stripEmphasis(element.text);
    // The next paragraph of action, past any speech, may say who a person just described is ("He turns. It is the
    // director, VASCO PIRES.").
    const next = elements.slice(index + 1).find((candidate) => candidate.type === 'action');
    const following = next?.type === 'action' ? `\n${stripEmphasis(next.text)}` : '';
    // Groups in German, French, Spanish, Italian or Portuguese, then Japanese and Korean, after the English reading of the line.
    const groups = [...readCountedGroups(text), ...readCjkGroups(text)].filter((group) => !names.includes(group.name));
    for (const entry of [...readLine(text, names, following), ...groups]) {
      const known = byName.get(entry.name);
      if (!known) byName.set(entry.name, entry);
      else if (entry.count !== null && (known.count === null || entry.count > known.count)) known.count = entry.count;
    }
  });
  return withoutNumberedCast([...byName.values()], names);
};

// A cast member named by kind and number: COP #2, GUARD 1, 손님1.
const NUMBERED_KIND = /^(.+?)[ \u00A0]*#?\d+$/u;

/**
 * Counted extras less those of their kind the cast numbers: "손님 두 명이 들어온다" then 손님1 speaks, or "TWO COPS" and
 * COP #2 speaks — one of the two is cast, one is an extra. A count all cast leaves no extras of that kind.
 */
const withoutNumberedCast = (entries: readonly ExtrasEntry[], names: readonly string[]): ExtrasEntry[] => {
  const kinds = names.flatMap((name) => NUMBERED_KIND.exec(name)?.[1] ?? []);
  return entries.flatMap((entry) => {
    if (entry.count === null) return [entry];
    const cast = kinds.filter((kind) => kind === entry.name || pluralOf(kind) === entry.name).length;
    const count = entry.count - cast;
    return count > 0 ? [{ ...entry, count }] : [];
  });
};
