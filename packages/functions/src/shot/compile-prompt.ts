import type { ShotFields } from '@pc/graph';
import { canonicalJson, sha256Hex } from '@pc/graph';
import { stripEmphasis } from '@pc/fountain';
import { getIdentityBlock } from '../character/identity-block.js';
import { clause, sentence, softenCaps } from '../format.js';
import { deriveSeed } from '../seed.js';
import { promptTerms } from '../style/style-ref.js';
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

/** The look a prompt starts with when no Style is linked to the Shot or its Scene. */
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

/**
 * "Setting: interior, kitchen, night." Place: the linked Location (the Shot's override,
 * else the Scene's), else the Scene's locationName; interior/exterior from the Scene,
 * else the Location; time of day from the Scene. Then the Location's description and look.
 */
const describeSetting = (context: ShotContext): string => {
  const { scene, location } = context;
  if (!scene && !location) return '';
  const intExt = scene?.fields.intExt ?? location?.intExt ?? '';
  const place = location?.name ?? scene?.fields.locationName ?? '';
  const parts = [INTERIOR[intExt] ?? '', softenCaps(clause(place)), softenCaps(clause(scene?.fields.timeOfDay ?? ''))];
  const setting = parts.every((part, i) => i === 0 || part === '') ? '' : `Setting: ${sentence(parts)}`;
  const details = [location?.description ?? '', location?.lookNotes ?? ''].filter((part) => part !== '');
  return [setting, ...details.map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}.`)].filter((part) => part !== '').join(' ');
};

/** "Ends with one full stop": a free-text field as a prompt sentence, markup removed. */
const asSentence = (text: string, label = ''): string => {
  const body = clause(stripEmphasis(text));
  return body === '' ? '' : `${label}${body}.`;
};

/**
 * Compiles a Shot into a {@link CompiledPrompt}, in a fixed order with empty parts
 * dropped: the Style's prefix (the Shot's Style, else its Scene's); camera (size, type,
 * angle, lens and its perspective, movement); each character in frame as "NAME: identity
 * block"; the props in frame with their descriptions; action; description; setting (interior/exterior, place, time of day, then the
 * Location's description and look); composition; lighting; mood. Negative: the base
 * list, the Style's negative and each character's negative, duplicates dropped. Same
 * input, same bytes.
 */
export const compileShotPrompt = (nodeId: string, shot: ShotFields, context: ShotContext): CompiledPrompt => {
  const characters = context.characters.map(({ name, fields }) => {
    const identity = clause(getIdentityBlock(fields).text);
    return identity === '' ? `${name}.` : `${name}: ${identity}.`;
  });
  // "ben’s letter (a folded letter, coffee-stained)": a sentence-case description reads on after the name.
  const props = context.props.map(({ name, description }) =>
    description ? `${softenCaps(name)} (${/^[A-Z](?![A-Z])/.test(description) ? `${description.charAt(0).toLowerCase()}${description.slice(1)}` : description})` : softenCaps(name),
  );
  const positive = [
    asSentence(context.style?.prefix ?? STYLE_PREFIX),
    describeCamera(shot),
    ...characters,
    props.length > 0 ? `In frame: ${props.join('; ')}.` : '',
    asSentence(shot.action),
    asSentence(shot.description),
    describeSetting(context),
    asSentence(shot.composition, 'Composition: '),
    asSentence(shot.lighting, 'Lighting: '),
    asSentence(shot.mood, 'Mood: '),
  ]
    .filter((part) => part !== '')
    .join(' ');
  const negatives = [BASE_NEGATIVE, context.style?.negative ?? '', ...context.characters.map(({ fields }) => clause(fields.negative))];
  const negative = promptTerms(negatives.join(', ')).join(', ');
  const { width, height } = generationSize(shot.aspect);
  const references: PromptReference[] = context.characters.map(({ nodeId: entityId, name }) => ({
    role: 'character', entityId, name, weight: 1,
  }));
  const body = { positive, negative, seed: shot.seed ?? deriveSeed(nodeId, 'shot'), width, height, references };
  return { ...body, hash: sha256Hex(canonicalJson(body)) };
};
