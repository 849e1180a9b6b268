import { escapeRegExp } from './text.js';

// Chinese and Japanese write no spaces: a name sits inside the sentence (李明走进来, さくらは走る).
const UNSPACED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]{2,}$/u;
// Korean writes a particle onto the name it follows (지수가, 지수의, 민호에게).
const HANGUL_NAME = /^[\p{Script=Hangul}\s]+$/u;
const HANGUL_PARTICLE = '(?:이|가|은|는|을|를|의|와|과|도|만|에게|한테|께|께서|랑|이랑|하고|에|야|아)';

/**
 * A name as a RegExp source that finds it as a whole word in action: bounded by non-letters, a
 * Korean name also with a particle written onto it (지수가), and a Chinese or Japanese name of two
 * characters or more anywhere, as those scripts write no spaces. Costs: a Chinese name inside a
 * longer one (李明 in 李明亮) is found too.
 *
 * @example
 * new RegExp(namePattern('지수'), 'u').test('지수가 웃는다') // true
 */
export const namePattern = (name: string): string => {
  const escaped = escapeRegExp(name);
  if (UNSPACED_NAME.test(name)) return escaped;
  const after = HANGUL_NAME.test(name) ? `(?=$|[^\\p{L}\\p{N}]|${HANGUL_PARTICLE}(?:$|[^\\p{L}\\p{N}]))` : '(?![\\p{L}\\p{N}])';
  return `(?<![\\p{L}\\p{N}])${escaped}${after}`;
};
