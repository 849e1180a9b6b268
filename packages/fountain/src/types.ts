/**
 * The elements a Fountain screenplay is made of (fountain.io/syntax). Every element
 * carries the 1-based source line it starts on and, when the source had `[[notes]]`
 * on its lines, those notes (removed from `text`).
 */

/** INT / EXT normalised: `INT./EXT.`, `I/E` and `EXT/INT` all read `INT/EXT`. */
export type IntExt = 'INT' | 'EXT' | 'INT/EXT' | 'EST';

interface ElementBase {
  /** 1-based line of the source where the element starts. */
  line: number;
  /** Inline or multi-line `[[notes]]` found on the element's lines, in order. */
  notes?: string[];
}

export interface SceneHeadingElement extends ElementBase {
  type: 'scene_heading';
  /** The heading as written, without the forcing `.` and the scene number. */
  text: string;
  /** Null for a forced heading without a prefix (`.FLASHBACK`). */
  intExt: IntExt | null;
  location: string;
  /** The part after the last " - ", or blank. */
  timeOfDay: string;
  /** From a trailing `#12A#`, or blank. */
  sceneNumber: string;
  forced: boolean;
}

export interface ActionElement extends ElementBase {
  type: 'action';
  /** One paragraph; lines joined with "\n", leading whitespace kept. */
  text: string;
  forced: boolean;
  /** Opened by `!!` (Beat's and Fount's shot line, which Fountain lacks): its first line is a shot whatever its words. */
  shot?: true;
}

export interface CharacterElement extends ElementBase {
  type: 'character';
  /** The cue as written (without `@` and `^`). */
  text: string;
  /** The cue name normalised: extensions removed, whitespace collapsed, UPPERCASE. */
  name: string;
  /** Extensions such as `V.O.`, `O.S.`, `CONT'D`, uppercased, without parentheses. */
  extensions: string[];
  forced: boolean;
  /** Dual dialogue: `left` is the first speaker, `right` the one marked with `^`. */
  dual?: 'left' | 'right';
}

export interface TextElement<T extends string> extends ElementBase {
  type: T;
  text: string;
}

export type ParentheticalElement = TextElement<'parenthetical'>;
export type DialogueElement = TextElement<'dialogue'>;
export type CenteredElement = TextElement<'centered'>;
export type SynopsisElement = TextElement<'synopsis'>;
export type LyricsElement = TextElement<'lyrics'>;
/** A note standing on its own lines (not inside another element's text). */
export type NoteElement = TextElement<'note'>;

export interface TransitionElement extends ElementBase {
  type: 'transition';
  text: string;
  forced: boolean;
}

export interface SectionElement extends ElementBase {
  type: 'section';
  text: string;
  /** 1 for `#`, 2 for `##` … */
  depth: number;
}

export interface PageBreakElement extends ElementBase {
  type: 'page_break';
}

export type FountainElement =
  | SceneHeadingElement
  | ActionElement
  | CharacterElement
  | ParentheticalElement
  | DialogueElement
  | TransitionElement
  | CenteredElement
  | SectionElement
  | SynopsisElement
  | NoteElement
  | LyricsElement
  | PageBreakElement;

export type FountainElementType = FountainElement['type'];

/** One `Key: value` entry of the title page; multi-line values are joined with "\n". */
export interface TitlePageField {
  key: string;
  value: string;
}

/** The result of {@link parseFountain}. */
export interface FountainScript {
  titlePage: TitlePageField[];
  elements: FountainElement[];
  /** The text of each `/* … *\/` comment, removed from the script. */
  boneyard: string[];
  /** 1-based source lines a PDF export's page added (page numbers, `(MORE)`, `CONTINUED:`), read as blank. */
  pageFurniture: number[];
  /** 1-based source lines whose revision mark (a revised page's `*` in the right margin) was removed; `withoutRevisionMark` removes it. */
  revisionMarked: number[];
}
