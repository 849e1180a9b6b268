import type { CharacterFields } from '@pc/graph';
import { clause, collapse, sentence } from '../format.js';

/**
 * Adds `noun` unless the value already says it: "slim" → "slim build", "slim build"
 * stays, "oval, high cheekbones" → "oval face, high cheekbones".
 */
const withNoun = (value: string, noun: string): string => {
  const text = clause(value);
  if (text === '' || new RegExp(`\\b${noun}\\b`, 'i').test(text)) return text;
  const comma = text.indexOf(',');
  return comma === -1 ? `${text} ${noun}` : `${text.slice(0, comma)} ${noun}${text.slice(comma)}`;
};

/** "a 34-year-old", "an 18-year-old", "an elderly": the article by sound, for the common cases. */
const withArticle = (phrase: string): string => `${/^(?:[aeiou]|8|11\b|11-|18\b|18-)/i.test(phrase) ? 'An' : 'A'} ${phrase}`;

/** "34" → "34-year-old woman"; "mid-30s" → "woman, mid-30s"; blank gender reads "person". */
const describeWho = (age: string, gender: string): string[] => {
  const who = clause(gender);
  const years = clause(age);
  if (years === '' && who === '') return [];
  if (/^\d{1,3}$/.test(years)) return [`${years}-year-old ${who || 'person'}`];
  return [who || 'person', years];
};

/**
 * The identity block built from a character's fields, in a fixed sentence order:
 * who (age, gender), body (build, height, skin), head (face, eyes, hair), then marks.
 * Each sentence is dropped when its fields are blank.
 *
 * @example
 * buildIdentityBlock({ age: '34', gender: 'woman', appearance: { build: 'slim', hair: 'short black bob', … } })
 * // 'A 34-year-old woman, slim build. Short black bob hair.'
 */
export const buildIdentityBlock = (character: Pick<CharacterFields, 'age' | 'gender' | 'appearance'>): string => {
  const { build, height, skinTone, face, eyes, hair, marks } = character.appearance;
  const who = describeWho(character.age, character.gender);
  const first = sentence([...who, withNoun(build, 'build'), clause(height), withNoun(skinTone, 'skin')]);
  return [
    who.length > 0 && first !== '' ? withArticle(`${first.charAt(0).toLowerCase()}${first.slice(1)}`) : first,
    sentence([withNoun(face, 'face'), withNoun(eyes, 'eyes'), withNoun(hair, 'hair')]),
    sentence(marks.trim() === '' ? [] : [clause(marks)]),
  ]
    .filter((part) => part !== '')
    .join(' ');
};

/**
 * The identity block a character's prompts use: the override when one is written
 * (whitespace collapsed, nothing else touched: it is injected word for word), otherwise
 * {@link buildIdentityBlock}.
 */
export const getIdentityBlock = (
  character: Pick<CharacterFields, 'identityBlock' | 'age' | 'gender' | 'appearance'>,
): { text: string; source: 'override' | 'appearance' } => {
  const override = collapse(character.identityBlock);
  return override !== '' ? { text: override, source: 'override' } : { text: buildIdentityBlock(character), source: 'appearance' };
};

/** A character's canonical name: whitespace collapsed, UPPERCASE. */
export const canonicalName = (name: string): string => collapse(name).toUpperCase();
