/** Shot letters in slate order: I and O are skipped on set (they read as 1 and 0). */
export const SHOT_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The letters of the `index`-th shot of a scene (0 → A, 23 → Z, 24 → AA, 25 → AB …),
 * never using I or O.
 */
export const shotLetters = (index: number): string => {
  const base = SHOT_LETTERS.length;
  let letters = '';
  let n = index;
  do {
    letters = `${SHOT_LETTERS[n % base] as string}${letters}`;
    n = Math.floor(n / base) - 1;
  } while (n >= 0);
  return letters;
};

/** The index of `letters` in {@link shotLetters}' order, or -1 when they are not shot letters. */
export const shotLetterIndex = (letters: string): number => {
  if (letters === '' || [...letters].some((letter) => !SHOT_LETTERS.includes(letter))) return -1;
  let index = 0;
  for (const letter of letters) index = index * SHOT_LETTERS.length + SHOT_LETTERS.indexOf(letter) + 1;
  return index - 1;
};
