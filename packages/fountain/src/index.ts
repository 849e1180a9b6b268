export { parseFountain } from './parse.js';
export { parseSceneHeading, isSceneHeadingLine, type SceneHeadingParts } from './scene-heading.js';
export { parseCharacterCue, isCueLine, type CharacterCueParts } from './character-cue.js';
export { stripEmphasis } from './emphasis.js';
export { isTransitionText } from './transition.js';
export { normalizeSource } from './source-lines.js';
export { withoutRevisionMark } from './page-furniture.js';
export { readShotLine, inFrame, type ShotCamera } from './shot-line.js';
export { readMontageMark, type MontageMark } from './montage-mark.js';
export { sceneDirection, elementDirection, intercutPlaces, type SceneDirection } from './scene-direction.js';
export { splitScenes, type FountainScene } from './scenes.js';
export type {
  FountainScript,
  FountainElement,
  FountainElementType,
  TitlePageField,
  IntExt,
  SceneHeadingElement,
  ActionElement,
  CharacterElement,
  ParentheticalElement,
  DialogueElement,
  TransitionElement,
  CenteredElement,
  SectionElement,
  SynopsisElement,
  NoteElement,
  LyricsElement,
  PageBreakElement,
} from './types.js';
