import type * as Y from 'yjs';
import { toWellFormed } from './well-formed.js';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The single edit turning `before` into `after`: keep the common prefix and suffix,
 * replace what lies between. Never splits a surrogate pair, so an emoji is replaced whole.
 */
export const diffText = (before: string, after: string): { index: number; remove: number; insert: string } => {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  if (start > 0 && start < before.length && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end += 1;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end -= 1;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
};

/**
 * Replaces a Y.Text's content with `next` through the smallest single edit, so a
 * collaborator typing elsewhere in the same text keeps their characters. Call inside a
 * transaction. No-op when the text is unchanged.
 */
export const replaceText = (text: Y.Text, input: string): void => {
  const next = toWellFormed(input);
  const before = text.toString();
  if (before === next) return;
  const { index, remove, insert } = diffText(before, next);
  if (remove > 0) text.delete(index, remove);
  if (insert.length > 0) text.insert(index, insert);
};
