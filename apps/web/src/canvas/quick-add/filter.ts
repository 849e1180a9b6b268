/** An entry of the quick-add list: a node type as the catalogue describes it. */
export interface QuickAddEntry {
  readonly type: string;
  readonly label: string;
  readonly description: string;
}

/**
 * How well `query` matches `text`: a prefix beats a word start, which beats a substring,
 * which beats the letters in order (fuzzy: "sht" finds "Shot"). Null: no match.
 */
const score = (text: string, query: string): number | null => {
  const haystack = text.toLowerCase();
  if (haystack.startsWith(query)) return 0;
  if (new RegExp(`\\b${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(haystack)) return 1;
  if (haystack.includes(query)) return 2;
  let from = 0;
  let gaps = 0;
  for (const char of query) {
    const at = haystack.indexOf(char, from);
    if (at < 0) return null;
    gaps += at - from;
    from = at + 1;
  }
  return 3 + gaps / 100;
};

/**
 * The entries matching a typed query, best first: matches on the label rank above matches
 * on the description; ties keep catalogue order. An empty query lists everything.
 */
export const filterQuickAdd = <E extends QuickAddEntry>(entries: readonly E[], query: string): E[] => {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [...entries];
  const ranked: Array<{ entry: E; rank: number; index: number }> = [];
  entries.forEach((entry, index) => {
    const onLabel = score(entry.label, wanted);
    const onDescription = score(entry.description, wanted);
    // Fuzzy letters-in-order on a long description match almost anything: words only there.
    const rank = onLabel ?? (onDescription !== null && onDescription < 3 ? 10 + onDescription : null);
    if (rank !== null) ranked.push({ entry, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ entry }) => entry);
};
