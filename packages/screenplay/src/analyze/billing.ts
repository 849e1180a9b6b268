import { isNarrator } from './characters.js';
import { namePattern } from './name-pattern.js';
import type { ScriptCharacter, ScriptScene } from './types.js';

/** How a breakdown bills a character the script names: the Character's `role` when the import creates it. */
export type Billing = 'lead' | 'supporting' | 'minor';

// A lead has at least this share of the top character's scenes and of the most dialogue blocks: a two-hander's
// second lead (Llewellyn, 3 scenes and 5 cues beside Anna's 4 and 7) is one; a friend with half the scenes is not.
const LEAD_SHARE = 0.6;

/** The title's words that name a character: "A Casa de Maria" names MARIA, "BRICK & STEEL" both. */
const namedInTitle = (title: string, character: ScriptCharacter): boolean =>
  title !== '' &&
  [character.name, ...character.aliases].some((name) => name.length >= 3 && new RegExp(namePattern(name), 'iu').test(title));

/**
 * Each character's billing, by presence as a breakdown counts it: the scenes a character speaks or is named in,
 * and the dialogue blocks spoken. The lead — the character in most scenes (then with most dialogue) — and
 * everyone near them in both (at least {@link LEAD_SHARE} of the most scenes and of the most dialogue), and a
 * speaker the title names with more than one line, are `lead`; the narrator (ナレーター) is heard, never a lead.
 * A speaker with one line in one scene is a bit part, `minor`, and so is a silent person; every other speaker
 * is `supporting`.
 *
 * @example
 * // JOÃO 4 scenes / 4 cues, MARIA 3 / 4, SEU ANTÔNIO 2 / 2, LOCUTOR 1 / 1, in "A Casa de Maria":
 * // JOÃO lead, MARIA lead, SEU ANTÔNIO supporting, LOCUTOR minor.
 */
export const billCharacters = (title: string, characters: readonly ScriptCharacter[], scenes: readonly ScriptScene[]): Map<string, Billing> => {
  const presence = new Map(characters.map((character) => [character.key, 0]));
  for (const scene of scenes) for (const key of new Set([...scene.speakers, ...scene.mentioned])) presence.set(key, (presence.get(key) ?? 0) + 1);
  const speakers = characters.filter((character) => character.cues > 0 && !isNarrator(character.name));
  const scenesOf = (character: ScriptCharacter) => presence.get(character.key) ?? 0;
  const top = [...speakers].sort((a, b) => scenesOf(b) - scenesOf(a) || b.cues - a.cues)[0];
  const mostScenes = top ? scenesOf(top) : 0;
  const mostCues = Math.max(0, ...speakers.map((character) => character.cues));
  const isLead = (character: ScriptCharacter) =>
    character === top ||
    (scenesOf(character) >= LEAD_SHARE * mostScenes && character.cues >= LEAD_SHARE * mostCues) ||
    (character.cues > 1 && namedInTitle(title, character));
  return new Map(
    characters.map((character): [string, Billing] => {
      if (speakers.includes(character) && isLead(character)) return [character.key, 'lead'];
      if (character.cues <= 1 && scenesOf(character) <= 1) return [character.key, 'minor'];
      return [character.key, character.cues === 0 ? 'minor' : 'supporting'];
    }),
  );
};
