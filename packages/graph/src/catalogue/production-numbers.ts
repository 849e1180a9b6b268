/**
 * Scene and shot numbers as shooting scripts write them. A scene added after 12 is 12A; one
 * added before 12 is A12; a scene split in a later revision is 110A.1 (Final Draft and
 * Fountain's `#110A.1#` both carry it). A television script may put its act (a roman
 * numeral) or episode before the scene with a dash, and a letter after one: `I-1-A`
 * (Fountain's own example), `II-14`, `101-12`, `2-14A`. Garbage (lowercase, spaces, a
 * dash with no act before the scene, `12.`) stays out.
 */
const LETTERS = '[A-Z]{0,3}';
const DOTTED = '(?:\\.[0-9]{1,3}[A-Z]{0,3}){0,2}';
/** Up to two acts or episodes before a dashed scene number: `I-`, `101-`, `2-III-`. */
const ACTS = '(?:(?:[0-9]{1,4}|[IVX]{1,5})-){1,2}';
export const sceneNumberPattern = new RegExp(`^(|[A-Z]{0,2}[0-9]{1,4}${LETTERS}${DOTTED}|${ACTS}[A-Z]{0,2}[0-9]{1,4}(?:-?[A-Z]{1,3})?${DOTTED})$`);

/** A shot number is its scene's number then letters; I and O are skipped on set after the digits. */
const SHOT_LETTERS = '[A-HJ-NP-Z]{0,3}';
const SHOT_DOTTED = `(?:\\.[0-9]{1,3}${SHOT_LETTERS}){0,2}`;
export const shotNumberPattern = new RegExp(
  `^(|[A-Z]{0,2}[0-9]{1,4}${SHOT_LETTERS}${SHOT_DOTTED}|${ACTS}[A-Z]{0,2}[0-9]{1,4}(?:-?[A-HJ-NP-Z]{1,3})?${SHOT_DOTTED})$`,
);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Letters by length then alphabet: A < Z < AA, as a supervisor counts them. */
const compareLetters = (a: string, b: string): number => a.length - b.length || compareText(a, b);

interface ProductionNumber {
  /** The acts or episodes before a dashed number (`II-14` is [2]), roman numerals read as numbers. */
  acts: number[];
  prefix: string;
  number: number;
  /** The letters after the digits, then each dotted part as [digits, letters]. */
  letters: string;
  parts: Array<[number, string]>;
}

const NUMBER = /^((?:(?:[0-9]+|[IVX]+)-)*)([A-Z]{0,2})([0-9]+)-?([A-Z]*)((?:\.[0-9]+[A-Z]*)*)$/;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** An act as a number: `IV` is 4, `12` is 12. */
const actNumber = (act: string): number => {
  if (/^[0-9]+$/.test(act)) return Number(act);
  let total = 0;
  for (let index = 0; index < act.length; index += 1) {
    const value = ROMAN[act[index]!]!;
    total += value < (ROMAN[act[index + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
};
const PART = /^([0-9]+)([A-Z]*)$/;

const read = (value: string): ProductionNumber | null => {
  const match = NUMBER.exec(value);
  if (!match) return null;
  const [, acts = '', prefix = '', digits = '', letters = '', dotted = ''] = match;
  const parts = dotted
    .split('.')
    .slice(1)
    .map((part): [number, string] => {
      const [, partDigits = '0', partLetters = ''] = PART.exec(part) ?? [];
      return [Number(partDigits), partLetters];
    });
  return { acts: acts.split('-').slice(0, -1).map(actNumber), prefix, number: Number(digits), letters, parts };
};

const compareParts = (a: ProductionNumber['parts'], b: ProductionNumber['parts']): number => {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const partA = a[index];
    const partB = b[index];
    // 110A before 110A.1: a split scene follows the scene it came from.
    if (partA === undefined || partB === undefined) return partA === undefined ? -1 : 1;
    const order = partA[0] - partB[0] || compareLetters(partA[1], partB[1]);
    if (order !== 0) return order;
  }
  return 0;
};

const compareActs = (a: readonly number[], b: readonly number[]): number => {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    if (a[index] === undefined || b[index] === undefined) return a[index] === undefined ? -1 : 1;
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  return 0;
};

/**
 * Scene and shot numbers as a script supervisor sorts them: 11 < A12 < B12 < 12 < 12A < 12A.1 <
 * 12B < 12AA < 13. A prefixed scene was inserted before the number it names. Acts and episodes
 * come first, by number (I-9 < II-1 < IV-1 < IX-1; a number without an act before them all).
 * Text that is no such number sorts after every number. No Intl collation, so every machine sorts alike.
 */
export const compareProductionNumbers = (a: string, b: string): number => {
  const numberA = read(a);
  const numberB = read(b);
  if (numberA === null || numberB === null) return numberA !== null ? -1 : numberB !== null ? 1 : compareText(a, b);
  const acts = compareActs(numberA.acts, numberB.acts);
  if (acts !== 0) return acts;
  if (numberA.number !== numberB.number) return numberA.number < numberB.number ? -1 : 1;
  if (numberA.prefix !== numberB.prefix) {
    if (numberA.prefix === '' || numberB.prefix === '') return numberA.prefix === '' ? 1 : -1;
    return compareLetters(numberA.prefix, numberB.prefix);
  }
  return compareLetters(numberA.letters, numberB.letters) || compareParts(numberA.parts, numberB.parts);
};
