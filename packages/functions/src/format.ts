/*
 * Small text and number formatting shared by the functions. Everything here is
 * locale-free on purpose: toLocaleString or Intl would make output bytes depend on the
 * machine.
 */

/** A number with at most `digits` decimals, trailing zeros dropped, never "-0". */
export const num = (value: number, digits = 2): string => {
  const text = value.toFixed(digits);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
};

/** Collapses runs of whitespace to one space and trims. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Trims and removes trailing sentence punctuation, so clauses can be joined predictably. */
export const clause = (text: string): string => collapse(text).replace(/[\s.,;:]+$/, '');

/** Joins clauses into one sentence: capitalised, comma-separated, ending with a full stop. */
export const sentence = (clauses: readonly string[]): string => {
  const parts = clauses.map(clause).filter((part) => part !== '');
  if (parts.length === 0) return '';
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/** Words in a text, as a script timing rule counts them. */
export const countWords = (text: string): number => {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
};

/** Lowercases text written entirely in capitals ("KITCHEN" → "kitchen"); keeps mixed case. */
export const softenCaps = (text: string): string => (text === text.toUpperCase() ? text.toLowerCase() : text);

/** "m:ss" for a duration in milliseconds, rounded to the second. */
export const formatClock = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** "1 scene", "3 scenes". */
export const plural = (count: number, noun: string, nouns = `${noun}s`): string => `${count} ${count === 1 ? noun : nouns}`;
