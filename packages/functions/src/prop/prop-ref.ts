import { canonicalCharacterName, propCategories, propImportances, type PropFields } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { z } from 'zod';
import { clause, collapse } from '../format.js';

/** What a Prop sends downstream (Scene, Shot, reports): its breakdown entry. */
export const propRefSchema = z.object({
  nodeId: z.string(),
  /** UPPERCASE, as the breakdown sheet lists it. */
  name: z.string(),
  category: z.enum(propCategories),
  importance: z.enum(propImportances),
  /** Canonical name of the character who wears or carries it; '' for none. */
  character: z.string(),
  description: z.string(),
  continuityNotes: z.string(),
});
export type PropRef = z.infer<typeof propRefSchema>;

const prose = (text: string): string => clause(stripEmphasis(text));

/** A Prop's fields normalised: name UPPERCASE, prose collapsed, end punctuation dropped. */
export const toPropRef = (nodeId: string, fields: PropFields): PropRef => ({
  nodeId,
  name: collapse(fields.name).toUpperCase(),
  category: fields.category,
  importance: fields.importance,
  character: canonicalCharacterName(fields.character),
  description: prose(fields.description),
  continuityNotes: prose(fields.continuityNotes),
});
