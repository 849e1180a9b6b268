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
 * The dialogue lines of parsed Fountain: each dialogue run (or lyric) under a cue, with
 * the parenthetical just before it. A parenthetical with no dialogue after it is dropped.
 */
export const readDialogueLines = (elements: readonly FountainElement[]): DialogueLine[] => {
  const lines: DialogueLine[] = [];
  let speaker: { name: string; extensions: string[] } | null = null;
  let parenthetical = '';
  for (const element of elements) {
    switch (element.type) {
      case 'character':
        speaker = { name: element.name, extensions: element.extensions };
        parenthetical = '';
        break;
      case 'parenthetical':
        parenthetical = collapse(element.text.replace(/^\(|\)$/g, ''));
        break;
      case 'dialogue':
      case 'lyrics':
        if (speaker) {
          const text = element.text.trim();
          lines.push({ order: lines.length + 1, speaker: speaker.name, extensions: [...speaker.extensions], parenthetical, text });
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
