import type { FountainElement, SceneHeadingElement } from './types.js';

/** A scene of a parsed script: its heading and the elements up to the next heading. */
export interface FountainScene {
  heading: SceneHeadingElement;
  elements: FountainElement[];
}

/**
 * Groups elements by scene heading, the first step of importing a script into Scenes.
 * Elements before the first heading (a cold open's sections, a title card) come back in
 * `preamble`.
 *
 * @example
 * splitScenes(parseFountain(text).elements).scenes.map((s) => s.heading.location)
 */
export const splitScenes = (elements: readonly FountainElement[]): { preamble: FountainElement[]; scenes: FountainScene[] } => {
  const preamble: FountainElement[] = [];
  const scenes: FountainScene[] = [];
  for (const element of elements) {
    if (element.type === 'scene_heading') scenes.push({ heading: element, elements: [] });
    else (scenes[scenes.length - 1]?.elements ?? preamble).push(element);
  }
  return { preamble, scenes };
};
