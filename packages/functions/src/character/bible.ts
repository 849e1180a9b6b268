import type { CharacterFields } from '@pc/graph';
import { collapse } from '../format.js';
import type { JsonValue } from '../types.js';
import { canonicalName, getIdentityBlock } from './identity-block.js';

/** The normalised character bible: trimmed fields, canonical names, the identity block. */
export interface CharacterBible {
  [key: string]: JsonValue;
  id: string;
  name: string;
  aliases: string[];
  role: string;
  age: string;
  gender: string;
  pronouns: string;
  actor: string;
  appearance: { [key: string]: string };
  identityBlock: string;
  identityBlockSource: 'override' | 'appearance';
  personality: string;
  bio: string;
  voice: string;
  negative: string;
}

/** Paragraph text: each line trimmed, runs of blank lines reduced to one. */
const paragraphs = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * Normalises a character into its bible. Aliases are uppercased and deduplicated in the
 * order written (the writer's order means something: the most used alias first).
 */
export const buildCharacterBible = (id: string, character: CharacterFields): CharacterBible => {
  const name = canonicalName(character.name);
  const aliases = [...new Set(character.aliases.map(canonicalName))].filter((alias) => alias !== '' && alias !== name);
  const identity = getIdentityBlock(character);
  const appearance = Object.fromEntries(Object.entries(character.appearance).map(([key, value]) => [key, collapse(value)]));
  return {
    id,
    name,
    aliases,
    role: character.role,
    age: collapse(character.age),
    gender: collapse(character.gender),
    pronouns: collapse(character.pronouns),
    actor: collapse(character.actor),
    appearance,
    identityBlock: identity.text,
    identityBlockSource: identity.source,
    personality: paragraphs(character.personality),
    bio: paragraphs(character.bio),
    voice: collapse(character.voice),
    negative: collapse(character.negative),
  };
};
