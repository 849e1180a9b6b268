/**
 * Peer colours: readable on the dark canvas, distinct from the node-type colours
 * (character orange, scene blue, shot green) where possible.
 */
export const PEER_COLOURS = ['#f472b6', '#a78bfa', '#facc15', '#22d3ee', '#fb923c', '#e879f9', '#a3e635', '#60a5fa', '#f87171', '#34d399', '#fbbf24', '#c084fc'] as const;

/** FNV-1a over the id: the same person gets the same colour in every tab and on every visit. */
export const colourFor = (userId: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PEER_COLOURS[(hash >>> 0) % PEER_COLOURS.length] ?? PEER_COLOURS[0];
};

/** "Ada Lovelace" → "AL"; one name → its first two letters. */
export const initialsOf = (name: string): string => {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return (words[0] ?? '?').slice(0, 2).toUpperCase();
  return `${words[0]?.[0] ?? ''}${words[words.length - 1]?.[0] ?? ''}`.toUpperCase();
};
