import { escapeRegExp } from './text.js';

/**
 * A function blanking the places a script names in its headings, of two words or more, where
 * action writes them ("Traffic on the Brooklyn Bridge.", "outside Maria's house"), so a
 * character who shares a word with a place (BROOKLYN, MARIA) is not cast where only the place
 * is: the bridge is no sign Brooklyn is on it. Any case, either apostrophe; a name standing
 * alone is still a mention.
 */
export const createPlaceMask = (places: Iterable<string>): ((text: string) => string) => {
  const names = [...new Set([...places].map((place) => place.trim()).filter((place) => /\s/.test(place)))];
  if (names.length === 0) return (text) => text;
  // Longest first, so "MARIA'S HOUSE - KITCHEN" is blanked whole before "MARIA'S HOUSE".
  names.sort((a, b) => b.length - a.length);
  const alternatives = names.map((name) => escapeRegExp(name).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, (place) => ' '.repeat(place.length));
};
