import type { ShotFields } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { countWords } from '../format.js';
import { TIMING } from '../scene/timing.js';

/** Storyboarder's default shot length when nothing says otherwise. */
const DEFAULT_SECONDS = 2;

/**
 * A shot's duration in seconds (one decimal): the Shot's own when set, otherwise its
 * action read at the scene timing rate (200 ms a word + 500 ms, at least 1 s), or 2 s
 * when it has no action.
 */
export const getShotDuration = (shot: Pick<ShotFields, 'durationS' | 'action'>): { seconds: number; source: 'shot' | 'derived' } => {
  if (shot.durationS !== null) return { seconds: Math.round(shot.durationS * 10) / 10, source: 'shot' };
  const words = countWords(stripEmphasis(shot.action));
  const ms = words === 0 ? DEFAULT_SECONDS * 1000 : Math.max(1000, TIMING.actionMsPerWord * words + TIMING.actionMs);
  return { seconds: Math.round(ms / 100) / 10, source: 'derived' };
};
