import { readShotLine, stripEmphasis, type FountainElement, type ShotCamera } from '@pc/fountain';

/** A shot of a shooting script, read from its shot line and the action under it. */
export interface ScriptShot {
  /** The shot line as written ("CLOSE ON MARIA"), without a trailing colon, comma or dashes. */
  text: string;
  line: number;
  camera: ShotCamera;
  /** The action paragraphs under it, up to the next shot line. */
  action: string;
}

/**
 * The shots a scene's text names: each action paragraph that opens with a shot line opens one; the
 * action after it, until the next shot line, is what happens in frame. A scene written
 * without shot lines has none (its Shots are the user's to add). An action paragraph starting
 * on one of `shotLines` (a Final Draft `Shot` paragraph's), or opened by `!!` (Beat's shot line),
 * opens a shot whatever its words.
 */
export const readShotLines = (elements: readonly FountainElement[], shotLines: ReadonlySet<number> = new Set()): ScriptShot[] => {
  const shots: ScriptShot[] = [];
  const addAction = (text: string) => {
    const current = shots.at(-1);
    if (current && text !== '') current.action = current.action === '' ? text : `${current.action}\n\n${text}`;
  };
  for (const element of elements) {
    if (element.type !== 'action') continue;
    // A shot line with its action right under it, no blank line between: one paragraph, the shot first.
    const [first = '', ...rest] = element.text.trim().split('\n');
    // A `!!` shot typed in lower case (`!!insert - her phone`) says its camera as the capitals would.
    const camera = readShotLine(element.shot === true ? first.toUpperCase() : first) ?? (element.shot === true || shotLines.has(element.line) ? {} : null);
    if (camera === null) {
      addAction(element.text.trim());
      continue;
    }
    const text = stripEmphasis(first).trim().replace(/\s+/g, ' ').replace(/\s*(?::|--|—|-|,)$/, '');
    // A `!!` shot prints in capitals, as a Final Draft Shot does, whatever case it was typed in.
    shots.push({ text: element.shot === true ? text.toUpperCase() : text, line: element.line, camera, action: '' });
    addAction(rest.join('\n').trim());
  }
  return shots;
};
