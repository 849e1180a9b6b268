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

interface Cue {
  name: string;
  extensions: string[];
}

// CONT'D as writers and programs spell it (CONT’D, CONT., CONTD, cont.; Russian ПРОД., продолжает).
const CONTINUED = /^(?:CONT(?:['’]?D|\.|INUED|INUING)|ПРОД\.?|ПРОДОЛЖАЕТ|ПРОДОЛЖЕНИЕ)$/iu;
const isContinued = (extension: string): boolean => CONTINUED.test(extension.trim());

/**
 * The dialogue lines of parsed Fountain: each dialogue run (or verse of `~` lyrics) under a cue, with
 * the parenthetical just before it. A parenthetical with no dialogue after it is dropped. A speech continued
 * straight after under the same name with (CONT'D) — over a page break, `(MORE)` — is heard as it began:
 * `DR. O'NEIL (PRE-LAP)` … `DR. O'NEIL (CONT'D)` is a pre-lap on both pages.
 */
export const readDialogueLines = (elements: readonly FountainElement[]): DialogueLine[] => {
  const lines: DialogueLine[] = [];
  let speaker: Cue | null = null;
  // The cue of the speech just spoken, until something other than speech comes between.
  let spoken: Cue | null = null;
  let parenthetical = '';
  let previous: FountainElement | undefined;
  for (const element of elements) {
    const before = previous;
    previous = element.type === 'note' ? previous : element;
    switch (element.type) {
      case 'character': {
        const before: Cue | null = spoken;
        const continues = before !== null && before.name === element.name && element.extensions.some(isContinued);
        const carried: string[] = continues ? before.extensions.filter((extension) => !isContinued(extension) && !element.extensions.includes(extension)) : [];
        speaker = { name: element.name, extensions: [...carried, ...element.extensions] };
        spoken = null;
        parenthetical = '';
        break;
      }
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
          spoken = speaker;
        }
        parenthetical = '';
        break;
      case 'note':
      case 'page_break':
        break;
      default:
        speaker = null;
        spoken = null;
        parenthetical = '';
    }
  }
  return lines;
};
