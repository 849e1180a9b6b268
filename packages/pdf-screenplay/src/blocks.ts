/** The screenplay elements read from a PDF's pages, each with the page it starts on. */

export interface DialoguePart {
  kind: 'parenthetical' | 'dialogue';
  text: string;
}

interface BlockBase {
  /** 1-based page of the PDF the element starts on. */
  page: number;
}

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  text: string;
  /** Printed in the margins, or blank. */
  number: string;
}

export interface ActionBlock extends BlockBase {
  type: 'action';
  lines: string[];
}

export interface DialogueBlock extends BlockBase {
  type: 'dialogue';
  cue: string;
  parts: DialoguePart[];
  /** Side by side with the next (`left`) or previous (`right`) speech. */
  dual?: 'left' | 'right';
}

export interface TransitionBlock extends BlockBase {
  type: 'transition';
  text: string;
}

export interface CenteredBlock extends BlockBase {
  type: 'centered';
  text: string;
}

export type ScriptBlock = HeadingBlock | ActionBlock | DialogueBlock | TransitionBlock | CenteredBlock;
