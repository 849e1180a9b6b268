import type { CharacterFields } from '@pc/graph';
import { clause } from '../format.js';
import { deriveSeed } from '../seed.js';
import { canonicalName } from './identity-block.js';

/** The four turnaround views, in sheet order. */
export const characterViews = ['front', 'three_quarter', 'profile', 'back'] as const;
export type CharacterView = (typeof characterViews)[number];

export const viewLabels: Record<CharacterView, string> = {
  front: 'front view',
  three_quarter: 'three-quarter view',
  profile: 'profile view',
  back: 'back view',
};

/** What a sheet prompt asks for besides the character: a clean, evenly lit turnaround. */
const SHEET_STYLE = 'full body, neutral standing pose, plain light grey background, even soft studio lighting, character turnaround sheet';
const SHEET_NEGATIVE = 'busy background, props, text, watermark, cropped, extra limbs';

export interface ViewPrompt {
  view: CharacterView;
  positive: string;
  negative: string;
  seed: number;
}

/**
 * The identity prompt for each view. The seed is the character's own when set (every
 * view shares it), otherwise derived from (node id, view) so each view is reproducible.
 */
export const buildViewPrompts = (
  nodeId: string,
  character: Pick<CharacterFields, 'name' | 'negative' | 'seed'>,
  identityBlock: string,
): ViewPrompt[] =>
  characterViews.map((view) => ({
    view,
    positive: [canonicalName(character.name), clause(identityBlock), viewLabels[view], SHEET_STYLE]
      .filter((part) => part !== '')
      .join(', '),
    negative: [clause(character.negative), SHEET_NEGATIVE].filter((part) => part !== '').join(', '),
    seed: character.seed ?? deriveSeed(nodeId, view),
  }));
