import type { SceneFields, ShotFields } from '@pc/graph';
import { parseFountain, stripEmphasis } from '@pc/fountain';
import { cueSpeakers } from '@pc/screenplay';
import { canonicalName } from '../character/identity-block.js';
import { collapse, countWords } from '../format.js';
import { readDialogueLines } from '../scene/dialogue.js';
import { measureScene, TIMING } from '../scene/timing.js';
import type { ShotContext } from './shot-context.js';

/** Storyboarder's default shot length when nothing says otherwise. */
const DEFAULT_SECONDS = 2;

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

/** Every name a character in frame goes by, in capitals. */
const namesInFrame = (characters: ShotContext['characters']): Set<string> =>
  new Set(characters.flatMap((character) => [character.name, ...character.fields.aliases.map((alias) => canonicalName(alias))]).filter((name) => name !== ''));

/**
 * How long a Shot with neither a length nor an action of its own runs, read from its Scene's
 * script: a master covers the whole scene, so it runs the scene's estimated screen time; a shot
 * of characters who speak in the scene (a single, an OTS pair, a two-shot) runs their lines
 * (300 ms a word + 1 s each, as `dialogueLine` times them). Null when the scene says nothing
 * about it (no script; an insert, or nobody in frame speaks).
 */
const fromScene = (shotType: ShotFields['shotType'], scene: Pick<SceneFields, 'scriptText' | 'transitionOut'>, characters: ShotContext['characters']): number | null => {
  const { elements } = parseFountain(scene.scriptText);
  if (elements.length === 0) return null;
  if (shotType === 'master') return measureScene(elements, collapse(scene.transitionOut) !== '').durationMs;
  const names = namesInFrame(characters);
  if (names.size === 0) return null;
  const spoken = readDialogueLines(elements)
    .filter((line) => cueSpeakers(line.speaker).some((speaker) => names.has(speaker)) || names.has(line.speaker))
    .reduce((ms, line) => ms + TIMING.dialogueMsPerWord * countWords(stripEmphasis(line.text)) + TIMING.dialogueMs, 0);
  return spoken > 0 ? spoken : null;
};

/**
 * A shot's duration in seconds (one decimal): the Shot's own when set; otherwise its action
 * read at the scene timing rate (200 ms a word + 500 ms, at least 1 s); with no action, what
 * it covers of its Scene ({@link fromScene}: a master the whole scene, a single its
 * character's lines); else 2 s.
 */
export const getShotDuration = (
  shot: Pick<ShotFields, 'durationS' | 'action' | 'shotType'>,
  context: Pick<ShotContext, 'scene' | 'characters'> = { scene: null, characters: [] },
): { seconds: number; source: 'shot' | 'derived' } => {
  if (shot.durationS !== null) return { seconds: Math.round(shot.durationS * 10) / 10, source: 'shot' };
  const words = countWords(stripEmphasis(shot.action));
  if (words > 0) return { seconds: seconds(Math.max(1000, TIMING.actionMsPerWord * words + TIMING.actionMs)), source: 'derived' };
  const covered = context.scene ? fromScene(shot.shotType, context.scene.fields, context.characters) : null;
  return { seconds: seconds(covered ?? DEFAULT_SECONDS * 1000), source: 'derived' };
};
