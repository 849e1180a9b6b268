import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.js';
import type { GraphNode } from './document.js';
import { normalizeNodeData } from './normalize.js';

/**
 * SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. Pure JavaScript
 * (@noble/hashes), so the browser and Node compute the same hash synchronously.
 *
 * @example
 * sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * The hash of what a node says: its type and its data, with defaults filled in when the
 * type is known and the data valid, so `{}` and an explicit set of defaults hash alike.
 * Id and position are not content: moving or copying a node keeps its hash.
 *
 * @throws {TypeError} when `data` is not JSON data (see {@link canonicalJson}).
 * @example
 * nodeContentHash({ type: 'shot', data: {} }) === nodeContentHash(createNode('shot', { id: 'a', position }))
 */
export const nodeContentHash = (node: Pick<GraphNode, 'type' | 'data'>): string => {
  const normalized = normalizeNodeData(node.type, node.data);
  const data = normalized.ok ? normalized.data : node.data;
  return sha256Hex(canonicalJson({ type: node.type, data }));
};
