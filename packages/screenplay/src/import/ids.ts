import { sha256Hex } from '@pc/graph';

/** Id prefixes of nodes the import creates; a Scene with `scn_` came from the script. */
export const ID_PREFIX = { scene: 'scn', character: 'chr', location: 'loc', shot: 'sht' } as const;
export const SCRIPT_NODE_ID = 'script';

const slug = (key: string): string =>
  key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/**
 * A node id derived from a stable key, so two imports of one script agree: the prefix, a
 * readable slug and 8 hex digits of the key's SHA-256 (at most 53 characters, within
 * `/^[A-Za-z0-9_-]{1,64}$/`).
 *
 * @example
 * stableNodeId('scn', '#12A') // 'scn_12a_…'
 */
export const stableNodeId = (prefix: string, key: string): string => {
  const readable = slug(key);
  const hash = sha256Hex(key).slice(0, 8);
  return readable === '' ? `${prefix}_${hash}` : `${prefix}_${readable}_${hash}`;
};

/** True when the import created this Scene (and so may flag it once the script drops it). */
export const isImportedSceneId = (id: string): boolean => id.startsWith(`${ID_PREFIX.scene}_`);
