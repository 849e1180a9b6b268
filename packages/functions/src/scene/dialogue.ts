import type { FountainElement } from '@pc/fountain';
import { collapse } from '../format.js';

/** One line of dialogue as the breakdown lists it. */
export interface DialogueLine {
  [key: string]: string | number | string[];
  /** 1-based, in script order. */
  order: number;
  speaker: string;
  /** `V.O.`, `O.S.`, `CONT'D` … */
  extensions: string[];
  /** Without its parentheses; blank when none. */
  parenthetical: string;
  text: string;
}

/**
 * The dialogue lines of parsed Fountain: each dialogue run (or verse of `~` lyrics) under a cue, with
 * the parenthetical just before it. A parenthetical with no dialogue after it is dropped.
 */
export const readDialogueLines = (elements: readonly FountainElement[]): DialogueLine[] => {
  const lines: DialogueLine[] = [];
  let speaker: { name: string; extensions: string[] } | null = null;
  let parenthetical = '';
  let previous: FountainElement | undefined;
  for (const element of elements) {
    const before = previous;
    previous = element.type === 'note' ? previous : element;
    switch (element.type) {
      case 'character':
        speaker = { name: element.name, extensions: element.extensions };
        parenthetical = '';
        break;
      case 'parenthetical':
        parenthetical = collapse(element.text.replace(/^[(（]|[)）]$/gu, ''));
        break;
      case 'dialogue':
      case 'lyrics':
        if (speaker) {
          const text = element.text.trim();
          const last = lines[lines.length - 1];
          // A verse is one sung line, as a dialogue run is one spoken line: `~` lines in a row under one cue join.
          if (element.type === 'lyrics' && before?.type === 'lyrics' && parenthetical === '' && last) last.text = `${last.text}\n${text}`;
          else lines.push({ order: lines.length + 1, speaker: speaker.name, extensions: [...speaker.extensions], parenthetical, text });
        }
        parenthetical = '';
        break;
      case 'note':
        break;
      default:
        speaker = null;
        parenthetical = '';
    }
  }
  return lines;
};
