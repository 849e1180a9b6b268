import type { StyleFields } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { z } from 'zod';
import { clause, collapse } from '../format.js';

/** What a Style sends downstream: the prompt prefix and negative, normalised. */
export interface StyleRef {
  [key: string]: string | string[];
  nodeId: string;
  name: string;
  /** One clause, markup and end punctuation removed. */
  prefix: string;
  /** Comma-separated terms, each trimmed, duplicates (ignoring case) dropped, in order. */
  negative: string;
  /** Hex colours, UPPERCASE, duplicates dropped, in order. */
  palette: string[];
}

/** Reads a StyleRef out of upstream outputs (a Scene's `scene.style`), or fails. */
export const styleRefSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  prefix: z.string(),
  negative: z.string(),
  palette: z.array(z.string()),
});

/** Splits comma-separated prompt terms, trimmed, without empties or repeats (ignoring case). */
export const promptTerms = (text: string): string[] => {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const term = clause(raw);
    if (term === '' || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    terms.push(term);
  }
  return terms;
};

/** A Style's fields normalised for prompts. */
export const toStyleRef = (nodeId: string, fields: StyleFields): StyleRef => ({
  nodeId,
  name: collapse(fields.name),
  prefix: clause(stripEmphasis(fields.prefix)),
  negative: promptTerms(fields.negative).join(', '),
  palette: [...new Set(fields.palette.map((colour) => colour.toUpperCase()))],
});
