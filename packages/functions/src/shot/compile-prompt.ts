import type { ShotFields } from '@pc/graph';
import { canonicalJson, sha256Hex } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { getIdentityBlock } from '../character/identity-block.js';
import { clause, sentence, softenCaps } from '../format.js';
import { deriveSeed } from '../seed.js';
import { generationSize } from './resolution.js';
import type { ShotContext } from './shot-context.js';
import {
  anglePhrases, describeFocalLength, formatLens, movementPhrases, shotSizePhrases, shotTypePhrases,
} from './vocabulary.js';

/** A reference a back end should condition on (an identity image, later a location plate). */
export interface PromptReference {
  [key: string]: string | number;
  role: 'character';
  entityId: string;
  name: string;
  weight: number;
}

/** The prompt a back end receives, structured so adapters can map every part. */
export interface CompiledPrompt {
  [key: string]: string | number | PromptReference[];
  positive: string;
  negative: string;
  seed: number;
  width: number;
  height: number;
  references: PromptReference[];
  /** SHA-256 of the canonical JSON of every other field: the generation cache key. */
  hash: string;
}

/** The look every prompt starts with. No Style node exists yet: the slot stays, empty. */
export const STYLE_PREFIX = '';
const BASE_NEGATIVE = 'text, watermark, signature, blurry, deformed anatomy, extra limbs, extra fingers';
const INTERIOR: Record<string, string> = { INT: 'interior', EXT: 'exterior', 'INT/EXT': 'interior and exterior' };

const describeCamera = (shot: ShotFields): string =>
  sentence([
    shotSizePhrases[shot.shotSize],
    shotTypePhrases[shot.shotType],
    anglePhrases[shot.angle],
    `${formatLens(shot.lensMm)} lens`,
    describeFocalLength(shot.lensMm),
    movementPhrases[shot.movement],
  ]);

const describeSetting = (context: ShotContext): string => {
  if (!context.scene) return '';
  const { intExt, locationName, timeOfDay } = context.scene.fields;
  const parts = [INTERIOR[intExt] ?? '', softenCaps(clause(locationName)), softenCaps(clause(timeOfDay))];
  return parts.every((part, i) => i === 0 || part === '') ? '' : `Setting: ${sentence(parts)}`;
};

/** "Ends with one full stop": a free-text field as a prompt sentence, markup removed. */
const asSentence = (text: string, label = ''): string => {
  const body = clause(stripEmphasis(text));
  return body === '' ? '' : `${label}${body}.`;
};

/**
 * Compiles a Shot into a {@link CompiledPrompt}, in a fixed order with empty parts
 * dropped: style prefix; camera (size, type, angle, lens and its perspective, movement);
 * each character in frame as "NAME: identity block"; action; description; setting from
 * the Scene (interior/exterior, location, time of day); composition; lighting; mood.
 * Negative: the base list and each character's negative. Same input, same bytes.
 */
export const compileShotPrompt = (nodeId: string, shot: ShotFields, context: ShotContext): CompiledPrompt => {
  const characters = context.characters.map(({ name, fields }) => {
    const identity = clause(getIdentityBlock(fields).text);
    return identity === '' ? `${name}.` : `${name}: ${identity}.`;
  });
  const positive = [
    asSentence(STYLE_PREFIX),
    describeCamera(shot),
    ...characters,
    asSentence(shot.action),
    asSentence(shot.description),
    describeSetting(context),
    asSentence(shot.composition, 'Composition: '),
    asSentence(shot.lighting, 'Lighting: '),
    asSentence(shot.mood, 'Mood: '),
  ]
    .filter((part) => part !== '')
    .join(' ');
  const negatives = [BASE_NEGATIVE, ...context.characters.map(({ fields }) => clause(fields.negative))];
  const negative = [...new Set(negatives.flatMap((list) => list.split(',')).map((item) => clause(item)).filter(Boolean))].join(', ');
  const { width, height } = generationSize(shot.aspect);
  const references: PromptReference[] = context.characters.map(({ nodeId: entityId, name }) => ({
    role: 'character', entityId, name, weight: 1,
  }));
  const body = { positive, negative, seed: shot.seed ?? deriveSeed(nodeId, 'shot'), width, height, references };
  return { ...body, hash: sha256Hex(canonicalJson(body)) };
};
