/** A run of text with the styles Final Draft gave it (`Style="Bold+Underline"` → `['Bold', 'Underline']`). */
export interface TextRun {
  text: string;
  styles: string[];
}

/** One `<Paragraph>` of the script body. */
export interface FinalDraftParagraph {
  kind: 'paragraph';
  /** The element type as Final Draft names it: `Scene Heading`, `Action`, `Character`, `New Act`… */
  type: string;
  runs: TextRun[];
  /** A scene heading's `Number` (`12A`), or blank. */
  number: string;
  /** A scene heading's `SceneProperties` Title and Summary paragraphs, in that order. */
  summary: string[];
  /** `Alignment="Center"`: a line the writer centred (`THE END`), written `>…<`. */
  centered?: true;
  /** An omitted scene's heading (`OMITTED`, the scene kept inside `<OmittedScene>`): the heading it had. */
  omitted?: string;
}

/** `<DualDialogue>`: two (rarely more) speakers side by side, each a Character paragraph and its lines. */
export interface FinalDraftDualDialogue {
  kind: 'dual';
  paragraphs: FinalDraftParagraph[];
}

export type FinalDraftBlock = FinalDraftParagraph | FinalDraftDualDialogue;

/** A title page paragraph: its text (lines joined with "\n") and alignment. */
export interface TitlePageLine {
  text: string;
  alignment: 'left' | 'center' | 'right';
}

/** The result of {@link readFinalDraft}. */
export interface FinalDraftScript {
  titlePage: TitlePageLine[];
  body: FinalDraftBlock[];
}
