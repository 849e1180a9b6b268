import type { LocationFields } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { z } from 'zod';
import { clause, collapse } from '../format.js';

/** What a Location sends downstream (Scene, Shot): its normalised description. */
export interface LocationRef {
  [key: string]: string;
  nodeId: string;
  /** UPPERCASE, spaces collapsed. */
  name: string;
  parent: string;
  intExt: 'INT' | 'EXT' | 'INT/EXT';
  description: string;
  timeOfDayNotes: string;
  lookNotes: string;
}

/** Reads a LocationRef out of upstream outputs (a Scene's `scene.location`), or null. */
export const locationRefSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  parent: z.string(),
  intExt: z.enum(['INT', 'EXT', 'INT/EXT']),
  description: z.string(),
  timeOfDayNotes: z.string(),
  lookNotes: z.string(),
});

const prose = (text: string): string => clause(stripEmphasis(text));

/** A Location's fields normalised: name UPPERCASE, prose collapsed, end punctuation dropped. */
export const toLocationRef = (nodeId: string, fields: LocationFields): LocationRef => ({
  nodeId,
  name: collapse(fields.name).toUpperCase(),
  parent: collapse(fields.parent).toUpperCase(),
  intExt: fields.intExt,
  description: prose(fields.description),
  timeOfDayNotes: prose(fields.timeOfDayNotes),
  lookNotes: prose(fields.lookNotes),
});
