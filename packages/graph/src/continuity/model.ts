import { compareProductionNumbers } from '../catalogue/production-numbers.js';
/*
 * What the continuity checks read: scenes, their cast and speakers, shots and who is in
 * them. Built from a GraphDocument on the canvas (model-from-graph.ts) and from a node
 * function's upstream outputs in @pc/functions, so the checks run the same either way.
 */

/** A character as the checks name it: its node and its canonical UPPERCASE names. */
export interface ContinuityCharacter {
  id: string;
  /** Canonical name first, then aliases; all UPPERCASE. */
  names: string[];
}

/** A piece of wardrobe a character wears in a scene. */
export interface WardrobeItem {
  /** The Prop node. */
  id: string;
  item: string;
  /** The canonical name of the character wearing it. */
  characterName: string;
}

export interface ContinuityScene {
  id: string;
  /** "Scene 12": how messages name it. */
  label: string;
  order: number;
  sceneNumber: string;
  storyDay: number | null;
  cast: ContinuityCharacter[];
  /** Canonical names of the characters who speak in the scene. */
  speakers: string[];
  wardrobe: WardrobeItem[];
}

export interface ContinuityShot {
  id: string;
  /** "Shot 12A". */
  label: string;
  shotNumber: string;
  order: number;
  sceneId: string | null;
  characters: ContinuityCharacter[];
  shotSize: string;
  shotType: string;
  angle: string;
  screenDirection: string;
}

export interface ContinuityModel {
  scenes: ContinuityScene[];
  shots: ContinuityShot[];
}

/** "Ben (O.S.)" → "BEN": cue extensions and spacing do not make another character. */
export const canonicalCharacterName = (name: string): string =>
  name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();

/** How a character is named in a message: its canonical name, or "an unnamed character". */
export const characterLabel = (character: ContinuityCharacter): string => character.names[0] || 'an unnamed character';

/** Whether `character` answers to `name` (canonical). */
export const answersTo = (character: ContinuityCharacter, name: string): boolean => name !== '' && character.names.includes(name);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


/** Shots in cutting order: by Order, then shot number, then id, so ties never depend on the document's order. */
export const byCuttingOrder = (a: ContinuityShot, b: ContinuityShot): number =>
  a.order - b.order || compareProductionNumbers(a.shotNumber, b.shotNumber) || compareText(a.id, b.id);

/** Scenes in story order: by Order, then scene number, then id. */
export const byStoryOrder = (a: ContinuityScene, b: ContinuityScene): number =>
  a.order - b.order || compareProductionNumbers(a.sceneNumber, b.sceneNumber) || compareText(a.id, b.id);

/** Each scene's shots in cutting order; shots without a scene are left out. */
export const groupShotsByScene = (model: ContinuityModel): Map<string, ContinuityShot[]> => {
  const groups = new Map<string, ContinuityShot[]>(model.scenes.map((scene) => [scene.id, []]));
  for (const shot of model.shots) {
    if (shot.sceneId !== null) groups.get(shot.sceneId)?.push(shot);
  }
  for (const shots of groups.values()) shots.sort(byCuttingOrder);
  return groups;
};
