import { readMontageMark, stripEmphasis, type FountainElement } from '@pc/fountain';
import { collapse } from '../format.js';

/**
 * A montage or series of shots inside a scene, as a first AD breaks it down: each beat is a setup of its own
 * (often another place or time), shot under the scene it is written in, not a Scene of its own — the writer's
 * scene numbers stand, and the beats are where the schedule's extra setups come from.
 */
export interface Montage {
  [key: string]: string | string[];
  /** `MONTAGE`, `SERIES OF SHOTS` or `QUICK CUTS`. */
  kind: string;
  /** The title after the dash or colon (`THE STALL THROUGH A YEAR`), or blank. */
  title: string;
  /** Each beat's action as written, without its `--`, `-` or `A)` mark. */
  beats: string[];
}

// A beat's mark: `-- `, `- `, `• `, `A) `, `B. `, `1. `.
const BEAT = /^\s*(?:-{1,2}|[–—•·]|(?:\p{Lu}|\d{1,2})[.)])\s+(\S.*)$/u;
// What closes a montage: END MONTAGE, END SERIES OF SHOTS, END QUICK CUTS, BACK TO SCENE, BACK TO:.
const CLOSING = /^(?:END (?:OF )?(?:THE )?(?:MONTAGE|SERIES OF (?:SHOTS|CUTS|IMAGES)|QUICK CUTS|FLASH CUTS)|BACK TO\b.*)[.:]?$/u;

const isClosing = (element: FountainElement): boolean =>
  (element.type === 'transition' || element.type === 'centered' || element.type === 'action') && CLOSING.test(stripEmphasis(element.text).trim());

/** A montage being read: whether a closing line ends it further on, and whether its beats are marked. */
interface OpenMontage {
  kind: string;
  title: string;
  beats: string[];
  closes: boolean;
  marked: boolean;
}

/**
 * The montages of a scene in order: from a line opening one (`BEGIN MONTAGE`, `MONTAGE - PARIS`, `SERIES OF SHOTS`)
 * to `END MONTAGE` (or `BACK TO SCENE`), its beats the marked lines (`-- Anna at the door.`) or, unmarked, each
 * paragraph. Without a closing line a montage runs over its marked beats, or its paragraphs until speech. A scene
 * whose heading is the montage (`.MONTAGE - LONDON AFTER MIDNIGHT`) is one from its first line to its last.
 */
export const readMontages = (elements: readonly FountainElement[], heading: { intExt: string; locationName: string }): Montage[] => {
  const montages: Montage[] = [];
  const headed = heading.intExt === '' ? readMontageMark(heading.locationName) : null;
  let open: OpenMontage | null = headed ? { ...headed, beats: [], closes: true, marked: false } : null;
  const close = () => {
    if (open) montages.push({ kind: open.kind, title: open.title, beats: open.beats });
    open = null;
  };
  elements.forEach((element, index) => {
    if (open?.closes && !headed && isClosing(element)) return close();
    if (element.type !== 'action') {
      // Speech ends a montage nothing closes; one that is closed later may hold a line of it.
      if (open && !open.closes && (element.type === 'character' || element.type === 'transition')) close();
      return;
    }
    element.text.split('\n').forEach((line, at) => {
      const mark = readMontageMark(stripEmphasis(line).trim());
      if (mark && line === line.toUpperCase()) {
        close();
        const closes = elements.slice(index + 1).some(isClosing);
        open = { ...mark, beats: [], closes, marked: false };
        return;
      }
      if (!open || line.trim() === '') return;
      const beat = BEAT.exec(line);
      if (beat) {
        open.marked = true;
        open.beats.push(collapse(beat[1]!));
      } else if (at > 0 && open.beats.length > 0) open.beats[open.beats.length - 1] += ` ${collapse(line)}`;
      // Unmarked paragraphs are beats in a closed montage; an open one after marked beats has ended.
      else if (open.closes || !open.marked) open.beats.push(collapse(line));
      else close();
    });
  });
  close();
  return montages.filter((montage) => montage.beats.length > 0 || montage.title !== '');
};
