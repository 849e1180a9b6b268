/** A shot line as the graph last saw it: the Shot's id and the line it was made from (its description). */
export interface KnownShot {
  id: string;
  text: string;
}

/** Case, spacing and punctuation aside, the words of a shot line: CLOSE ON MARIA is `close on maria`. */
const normalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

const words = (text: string): Set<string> => new Set(normalize(text).split(' ').filter((word) => word !== ''));

/** How much of a line's wording another keeps: the shared words over the longer line's. */
const kept = (a: string, b: string): number => {
  const left = words(a);
  const right = words(b);
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / Math.max(left.size, right.size, 1);
};

/** Lines × Shots of a scene that passes 1 and 3 compare pair by pair: 500 shot lines against 500 Shots. */
export const MAX_COMPARED_PAIRS = 250_000;

/** Index pairs of a longest common subsequence of `a` and `b` under `same`, in order. */
const longestCommon = <A, B>(a: readonly A[], b: readonly B[], same: (x: A, y: B) => boolean): [number, number][] => {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      table[i * cols + j] = same(a[i]!, b[j]!) ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (same(a[i]!, b[j]!)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
};

/**
 * Pairs a scene's shot lines in the new draft with the Shots made from its last draft, as a
 * script supervisor would: by the line itself, never by its place, so a line inserted,
 * removed, reworded or moved leaves the other Shots (and the lens, notes and status the user
 * set on them) where they were. Three passes:
 *
 * 1. an order-preserving alignment (longest common subsequence) of the lines' words — the
 *    second CLOSE ON MARIA of a scene is the second one still;
 * 2. a line moved elsewhere in the scene finds its Shot by its words;
 * 3. a reworded line takes the Shot whose line kept at least half its words (INSERT - THE
 *    LETTER became INSERT - THE TORN LETTER), the closest wording first, then the closest place;
 * 4. between two lines paired so far, as many lines left as Shots left are the same lines
 *    rewritten in place, in order.
 *
 * A line left unpaired is a new Shot; a Shot left unpaired is no longer in the script.
 * Passes 1 and 3 compare every line with every Shot: past {@link MAX_COMPARED_PAIRS} (a
 * scene of thousands of shot lines, which no script has) only passes 2 and 4 run, in linear time.
 *
 * @param lines the scene's shot lines in the new draft, in order.
 * @param known the scene's Shots from the script, in their script order.
 * @returns the Shot id of each paired line, by the line's index.
 */
export const matchShots = (lines: readonly string[], known: readonly KnownShot[]): Map<number, string> => {
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  const take = (line: number, shot: number) => {
    matched.set(line, shot);
    taken.add(shot);
  };
  const keys = lines.map(normalize);
  const knownKeys = known.map((shot) => normalize(shot.text));

  const compared = lines.length * known.length <= MAX_COMPARED_PAIRS;
  if (compared) for (const [line, shot] of longestCommon(keys, knownKeys, (a, b) => a === b)) take(line, shot);
  const byKey = new Map<string, number[]>();
  knownKeys.forEach((key, index) => {
    if (taken.has(index)) return;
    const same = byKey.get(key);
    if (same) same.push(index);
    else byKey.set(key, [index]);
  });
  // Each key's Shots in order, taken from the front: an index into the list, not shift(), keeps it linear.
  const next = new Map<string, number>();
  keys.forEach((key, line) => {
    if (matched.has(line)) return;
    const at = next.get(key) ?? 0;
    const shot = byKey.get(key)?.[at];
    if (shot === undefined) return;
    next.set(key, at + 1);
    take(line, shot);
  });

  if (compared) {
    const rewordings: { line: number; shot: number; score: number }[] = [];
    keys.forEach((_, line) => {
      if (matched.has(line)) return;
      known.forEach((shot, index) => {
        const score = taken.has(index) ? 0 : kept(lines[line]!, shot.text);
        if (score >= 0.5) rewordings.push({ line, shot: index, score });
      });
    });
    rewordings.sort((a, b) => b.score - a.score || Math.abs(a.line - a.shot) - Math.abs(b.line - b.shot) || a.line - b.line);
    for (const { line, shot } of rewordings) if (!matched.has(line) && !taken.has(shot)) take(line, shot);
  }

  // 4. Gaps between paired lines whose Shots sit in the same order: the old Shots between the same two anchors.
  const anchors = [...matched.entries()].sort((a, b) => a[0] - b[0]);
  let previous: [number, number] = [-1, -1];
  for (const anchor of [...anchors, [lines.length, known.length] as [number, number]]) {
    if (anchor[1] <= previous[1]) continue;
    const gapLines = range(previous[0] + 1, anchor[0]).filter((line) => !matched.has(line));
    const gapShots = range(previous[1] + 1, anchor[1]).filter((shot) => !taken.has(shot));
    if (gapLines.length === gapShots.length) gapLines.forEach((line, index) => take(line, gapShots[index]!));
    previous = anchor;
  }
  return new Map([...matched].map(([line, shot]) => [line, known[shot]!.id]));
};

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
