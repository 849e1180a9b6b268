import { characterKey, isShortFormOf } from './characters.js';

/**
 * One person under two names, as a first AD reads them: a script introduces someone in full and
 * cues them short ("WALTER WHITE, the underpants man, turns" … WALT), or cues them by what they are
 * before it names them (UNDERPANTS MAN). Two names are merged only where the script says they are
 * one person — a first name, its short form, an apposition — and never when they take turns speaking
 * in one scene (a robot double talking to his original, CYBER BOB and BOB, are two cast members for all we know).
 */

/**
 * Whether `a` and `b` take turns in a scene's cues, in order: a, b, a (or b, a, b) is two people talking;
 * a, b alone is a cue the writer shortened (DR. O'NEIL, then O'NEIL).
 */
export const takeTurns = (cues: readonly string[], a: string, b: string): boolean => {
  let turns = 0;
  let last: string | undefined;
  for (const cue of cues) {
    if ((cue !== a && cue !== b) || cue === last) continue;
    turns += 1;
    last = cue;
  }
  return turns >= 3;
};

// "WALTER WHITE, the underpants man, turns": a name in capitals, then what the script has called the person.
const NAME_THEN_DESCRIPTION = /(?<![\p{L}\p{N}'’])(\p{Lu}[\p{Lu}'’.-]+(?:[ \u00A0]\p{Lu}[\p{Lu}'’.-]+){0,2}), the ((?:\p{Ll}+ )?\p{Ll}+),/gu;

/** The appositions that name a described person, name first: [description in capitals, name] ("WALTER WHITE, the underpants man,"). */
export const readNameThenDescription = (action: string): Array<[string, string]> =>
  [...action.matchAll(NAME_THEN_DESCRIPTION)].map((match) => [match[2]!.toUpperCase(), match[1]!.replace(/\u00A0/gu, ' ')]);

/**
 * The speaker a full name names by its first name or that name's short form: "WALTER WHITE" is
 * WALT when WALT is the only one-word cue it fits (a cue that is the first name itself wins over a
 * short form; two short forms are nobody's). Undefined when none fits.
 */
export const cueOfFullName = (name: string, cueKeys: Iterable<string>): string | undefined => {
  const words = characterKey(name).split(' ');
  if (words.length < 2) return undefined;
  const fits = [...cueKeys].filter((key) => !key.includes(' ') && (key === words[0] || isShortFormOf(key, words[0]!)));
  const exact = fits.find((key) => key === words[0]);
  return exact ?? (fits.length === 1 ? fits[0] : undefined);
};

/**
 * Cue keys merged by what the action says: a cue by description (UNDERPANTS MAN) that an
 * apposition names ("WALTER WHITE, the underpants man," or "The underpants man, WALTER WHITE,")
 * → the key of the person named: a cue with that name, else a cue that is its first name or short
 * form (WALT), else the name itself. `together` says whether two keys take turns in a scene: then they
 * stay apart. `merges` (titled names, first names) are applied first and kept.
 */
export const appositionMerges = (
  appositions: ReadonlyArray<readonly [string, string]>,
  cueKeys: readonly string[],
  merges: ReadonlyMap<string, string>,
  together: (a: string, b: string) => boolean,
): Map<string, string> => {
  const cues = new Set(cueKeys);
  const found = new Map<string, string>();
  for (const [description, name] of appositions) {
    const from = characterKey(description);
    if (!cues.has(from) || merges.has(from) || found.has(from)) continue;
    const own = characterKey(name);
    const named = cues.has(own) ? own : (cueOfFullName(name, cues) ?? own);
    const target = merges.get(named) ?? named;
    if (target === from || together(from, target)) continue;
    found.set(from, target);
  }
  return found;
};
