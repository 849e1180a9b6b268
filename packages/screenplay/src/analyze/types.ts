import type { ScriptShot } from './shot-lines.js';
import type { FountainElement, TitlePageField } from '@pc/fountain';

/**
 * Why part of a script did not come through as written. `line` is 1-based in the source; a
 * source converted first (a Final Draft file) has `paragraph` and `scene` in the file instead.
 */
/** Every code an {@link ImportWarning} may carry (the API lists them). */
export const IMPORT_WARNING_CODES = [
  'no_scene_headings',
  'text_outside_scenes',
  'heading_without_int_ext',
  'heading_without_location',
  'scene_number_invalid',
  'scene_number_duplicate',
  'scene_number_taken',
  'scene_removed_from_script',
  'truncated',
] as const;

export interface ImportWarning {
  code: (typeof IMPORT_WARNING_CODES)[number];
  message: string;
  line?: number;
  /** A Final Draft file's paragraph, 1-based (see `placeWarnings` in @pc/final-draft). */
  paragraph?: number;
  /** A Final Draft file's scene the warning is in: its number (or position) and heading. */
  scene?: string;
  /** A PDF's page, 1-based (see `placeWarnings` in @pc/pdf-screenplay). */
  page?: number;
}

/** A scene as the script writes it. */
export interface ScriptScene {
  /** Stable across edits elsewhere in the script: `#12A` for a numbered scene, else the heading and its occurrence. */
  key: string;
  /** 1-based position in the script. */
  order: number;
  line: number;
  /** The heading as written (scene number removed). */
  heading: string;
  intExt: 'INT' | 'EXT' | 'INT/EXT';
  /** False for a forced heading without INT./EXT. (`.FLASHBACK`): it names no Location. */
  hasIntExt: boolean;
  /** UPPERCASE parts naming the set, outermost first: a vehicle state (`VAN - MOVING`) is left out, `locationName` keeps it. */
  place: string[];
  locationName: string;
  timeOfDay: string;
  /** The `#12A#` number when usable, else the scene's position when free, else blank. */
  sceneNumber: string;
  synopsis: string;
  /** The scene's body as a Fountain fragment: the source lines after the heading, synopses and the closing transition removed. */
  scriptText: string;
  transitionOut: string;
  /** Character keys of the speakers, in order of first line; then those of an intercut with this scene, or of the text after "BACK TO SCENE" that returns here. */
  speakers: string[];
  /** Character keys mentioned in UPPERCASE in action who do not speak in the scene. */
  mentioned: string[];
  /** The shots its shot lines name (`CLOSE ON MARIA`), with the keys of the characters each line names. */
  shots: Array<ScriptShot & { characters: string[] }>;
  /** Parsed elements of the body (for measuring). */
  elements: FountainElement[];
}

export interface ScriptCharacter {
  key: string;
  /** The first spelling in the script. */
  name: string;
  /** Other spellings of the same key. */
  aliases: string[];
  /** Dialogue blocks spoken. */
  cues: number;
}

export interface ScriptLocation {
  name: string;
  /** The enclosing location's name, or blank. */
  parent: string;
  intExt: 'INT' | 'EXT' | 'INT/EXT';
  /** Scenes set here or in a place inside it. */
  scenes: number;
}

/** Everything the import reads from a script; see {@link analyzeScreenplay}. */
export interface ScreenplayAnalysis {
  title: string;
  titlePage: TitlePageField[];
  scenes: ScriptScene[];
  characters: ScriptCharacter[];
  locations: ScriptLocation[];
  warnings: ImportWarning[];
}
