import { parseSceneHeading } from './scene-heading.js';
import { readShotLine } from './shot-line.js';

/*
 * A forced heading that is a shot of the scene it is in, not a scene. Writers force their secondary headings
 * (Fountain's own sample The Last Birthday Card: `.THE MAZDA` / `begins to roll down the hill.`), and a first AD
 * breaks each down as a setup of the scene around it, not as a set of its own. Only a heading without INT./EXT.
 * that reads as part of the running action: camera words (`.ON THE TV`, `.BACK ON NAK AND SCOTT`), a sentence it
 * opens or ends (`.OUTSIDE,` / `the chopper exits`; `Nak keeps smiling because` / `.SPALDING`). `.THE VOID`, `.MONTAGE
 * - …` or `.SNIPER SCOPE POV` with a sentence of their own under them stay scenes.
 */
export const isForcedShotHeading = (line: string, previousAction: string | undefined, nextLine: string | undefined): boolean => {
  const text = line.trim().replace(/^\./, '').trim();
  if (text === '' || parseSceneHeading(text).intExt !== null) return false;
  return (
    readShotLine(text) !== null ||
    text.endsWith(',') ||
    /^\p{Ll}/u.test(nextLine?.trim() ?? '') ||
    /[\p{Ll},]$/u.test(previousAction?.trimEnd() ?? '')
  );
};
