import { sha256Hex } from '@pc/graph';

/**
 * A seed derived from stable parts: the first 32 bits of SHA-256 over the parts joined
 * with ":", as an unsigned integer (0 … 4,294,967,295, what every back end accepts).
 *
 * @example
 * deriveSeed('char_anna', 'front') // the same number on every machine, forever
 * @remarks Changing this derivation changes every derived seed: bump every function's version.
 */
export const deriveSeed = (...parts: readonly string[]): number => Number.parseInt(sha256Hex(parts.join(':')).slice(0, 8), 16);
