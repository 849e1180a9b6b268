import { elementDirection, intercutPlaces, type FountainElement } from '@pc/fountain';
import { canonicalPart, placeName } from './places.js';
import type { ScriptScene } from './types.js';

/** Who a scene element puts on screen: the keys of a cue's speakers, or of the characters an action names. */
export interface ElementCast {
  speakers(element: FountainElement): string[];
  mentioned(element: FountainElement): string[];
}

const FLASHBACK = /\b(?:FLASHBACK|DREAM)\b/u;
// END MONTAGE closes a passage of the scene it is in: the text never left that scene, even in a flashback.
const IN_SCENE_END = /\b(?:MONTAGE|SERIES OF SHOTS)\b/u;
const isOnScreen = (element: FountainElement): boolean => element.type === 'action' || element.type === 'character' || element.type === 'dialogue';
const intercutAt = (element: FountainElement): boolean => elementDirection(element)?.direction === 'intercut';

/** An "INTERCUT WITH:" after the scene's last action or line: it intercuts with the next scene. */
const intercutsWithNext = (scene: ScriptScene | undefined): boolean => {
  if (!scene) return false;
  for (let i = scene.elements.length - 1; i >= 0; i -= 1) {
    const element = scene.elements[i]!;
    if (isOnScreen(element)) return false;
    if (intercutAt(element)) return true;
  }
  return false;
};

/** The scenes an intercut line names ("INTERCUT - MARA'S CAR / BEN'S OFFICE"), nearest first; else the scene before. */
const intercutScenes = (scenes: readonly ScriptScene[], index: number, line: string): number[] => {
  const found: number[] = [];
  for (const written of intercutPlaces(line)) {
    const name = canonicalPart(written);
    for (let i = index; i >= 0; i -= 1) {
      const { place, locationName } = scenes[i]!;
      if (placeName(place) === name || locationName === name || place.includes(name)) {
        if (i !== index && !found.includes(i)) found.push(i);
        break;
      }
    }
  }
  return found.length > 0 || index === 0 ? found : [index - 1];
};

/** After "BACK TO PRESENT" in a flashback: the nearest scene before it that is not one. */
const presentBefore = (scenes: readonly ScriptScene[], index: number): number[] => {
  if (!FLASHBACK.test(scenes[index]!.heading.toUpperCase())) return [];
  for (let i = index - 1; i >= 0; i -= 1) if (!FLASHBACK.test(scenes[i]!.heading.toUpperCase())) return [i];
  return [];
};

/**
 * Casts what happens across headings. A script supervisor treats an intercut as one scene
 * whose cast is both ends': who speaks or is named after "INTERCUT WITH:" (in the next
 * scene) or after "INTERCUT - A / B" is cast in every scene it joins. After "BACK TO SCENE" /
 * "END INTERCUT" the text is back in the scene the intercut (or a flashback, "BACK TO
 * PRESENT") left, so who speaks there is cast in that scene too. Every speaker stays cast
 * in the scene whose text holds the line: that is the text `sceneBreakdown` reads.
 * Mutates `speakers` and `mentioned` of the scenes.
 */
export const castAcrossScenes = (scenes: ScriptScene[], cast: ElementCast): void => {
  const extra = scenes.map(() => ({ speakers: [] as string[], mentioned: [] as string[] }));
  scenes.forEach((scene, index) => {
    const fromPrevious = intercutsWithNext(scenes[index - 1]);
    let joined: number[] = fromPrevious ? [index - 1] : [];
    for (const element of scene.elements) {
      if (element.type === 'transition' || element.type === 'centered') {
        const given = elementDirection(element);
        // A closing "INTERCUT WITH:" joins the next scene (see fromPrevious); nothing of this one follows it.
        if (given?.direction === 'intercut') joined = intercutScenes(scenes, index, given.text);
        else if (given?.direction === 'return' && !IN_SCENE_END.test(given.text)) joined = fromPrevious ? [index - 1] : presentBefore(scenes, index);
        continue;
      }
      for (const other of joined) {
        extra[other]!.speakers.push(...cast.speakers(element));
        extra[other]!.mentioned.push(...cast.mentioned(element));
      }
    }
  });
  scenes.forEach((scene, index) => {
    for (const key of extra[index]!.speakers) if (!scene.speakers.includes(key)) scene.speakers.push(key);
    for (const key of extra[index]!.mentioned) if (!scene.speakers.includes(key) && !scene.mentioned.includes(key)) scene.mentioned.push(key);
    scene.mentioned = scene.mentioned.filter((key) => !scene.speakers.includes(key));
  });
};
