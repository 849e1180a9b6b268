import { elementDirection, isTransitionText, stripEmphasis, type FountainElement, type FountainScene } from '@pc/fountain';

/** What a scene's elements say beyond its heading. */
export interface SceneBody {
  synopsis: string[];
  transitionOut: string;
  /** Source lines (1-based) that became fields and leave the script text. */
  liftedLines: Set<number>;
  /** Synopses at the end of the scene, written for the next one ("= …" before its heading). */
  nextSynopsis: string[];
}

const BETWEEN_SCENES = new Set<FountainElement['type']>(['synopsis', 'section', 'page_break', 'note']);
// `> THE END <` after the last `> FADE OUT.` marks the script's end, not the scene's.
const END_MARK = /^(?:THE END|END|FIN|END OF (?:ACT|EPISODE|SHOW|PART|FILM)\b.*)\.?$/iu;
/** `> THE END <`, or `THE END` / `END OF EPISODE` typed in capitals (read as action, or as an act's end: a section). */
const isEndMark = (element: FountainElement): boolean => {
  if (element.type !== 'centered' && element.type !== 'action' && element.type !== 'section') return false;
  const text = element.text.replace(/[*_]/g, '').trim();
  return END_MARK.test(text) && (element.type === 'centered' || text === text.toUpperCase());
};
const isBetweenScenes = (element: FountainElement): boolean => BETWEEN_SCENES.has(element.type) || isEndMark(element);

/**
 * The synopses that describe a section, not a scene: those right under a `#` section line
 * (notes between allowed), as Fountain's own example writes `# ACT I` then `= Set up the
 * characters and the story.` before the first scene and its own synopsis.
 */
export const sectionSynopses = (elements: readonly FountainElement[]): Set<FountainElement> => {
  const found = new Set<FountainElement>();
  let underSection = false;
  for (const element of elements) {
    if (element.type === 'section') underSection = true;
    else if (element.type === 'synopsis' && underSection) found.add(element);
    else if (element.type !== 'synopsis' && element.type !== 'note') underSection = false;
  }
  return found;
};

/**
 * Reads a scene's synopsis and closing transition. A synopsis written after the last
 * action, dialogue or transition of a scene introduces the next scene (the way Brick &
 * Steel writes them); the closing transition is the last such element when it is one.
 */
export const readSceneBody = (scene: FountainScene, carried: readonly string[]): SceneBody => {
  const { elements } = scene;
  let tail = elements.length;
  while (tail > 0 && isBetweenScenes(elements[tail - 1]!)) tail -= 1;
  const synopsis = [...carried];
  const nextSynopsis: string[] = [];
  const liftedLines = new Set<number>();
  const ofSections = sectionSynopses(elements);
  elements.forEach((element, index) => {
    // The script's end is not the last scene's text (nor timed with it).
    if (index >= tail && isEndMark(element)) liftedLines.add(element.line);
    if (element.type !== 'synopsis') return;
    if (!ofSections.has(element)) (index >= tail ? nextSynopsis : synopsis).push(element.text);
    liftedLines.add(element.line);
  });
  const closing = elements[tail - 1];
  let transitionOut = '';
  const given = closing ? elementDirection(closing) : null;
  // "BACK TO SCENE" or "END INTERCUT" before the next heading says where the text was, not how the scene ends.
  if (closing?.type === 'transition' ? given?.direction !== 'return' : given?.direction === 'intercut') {
    transitionOut = given?.text ?? (closing?.type === 'transition' ? closing.text : '');
    liftedLines.add(closing!.line);
  } else if (closing?.type === 'centered' && isTransitionText(stripEmphasis(closing.text).trim())) {
    // `> FADE OUT. <`: Highland and Slugline writers centre the last transition as they centre THE END.
    transitionOut = stripEmphasis(closing.text).trim();
    liftedLines.add(closing.line);
  }
  return { synopsis, transitionOut, liftedLines, nextSynopsis };
};

/** Lines without the left margin they all share (a PDF export's); tabs, which Fountain keeps in action, are never removed. */
const dedent = (lines: string[]): string[] => {
  let margin = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let spaces = 0;
    while (line[spaces] === ' ' && spaces < margin) spaces += 1;
    margin = Math.min(margin, spaces);
    if (margin === 0) return lines;
  }
  return margin === Number.POSITIVE_INFINITY ? lines : lines.map((line) => line.slice(Math.min(margin, line.length - line.trimStart().length)));
};

/**
 * The scene's body as a Fountain fragment: source lines `from`..`to` (1-based, inclusive)
 * without the lifted ones, page furniture read as one blank line (it ended a block on
 * the page: `(MORE)` before the next page's `ANNA (CONT'D)`), blank lines at both ends
 * removed, and the left margin every line shares removed.
 */
export const sliceScriptText = (
  lines: readonly string[],
  from: number,
  to: number,
  lifted: ReadonlySet<number>,
  furniture: ReadonlySet<number> = new Set(),
): string => {
  const kept: string[] = [];
  const isBlank = (text: string | undefined) => text !== undefined && text.trim() === '';
  let afterFurniture = false;
  for (let line = from; line <= to; line += 1) {
    if (furniture.has(line)) {
      if (!isBlank(kept[kept.length - 1])) kept.push('');
      afterFurniture = true;
      continue;
    }
    if (!lifted.has(line)) {
      const text = lines[line - 1] ?? '';
      // The page's blank lines around its furniture collapse into the one blank line.
      if (afterFurniture && isBlank(text)) continue;
      afterFurniture = false;
      kept.push(text);
      continue;
    }
    // A lifted line between two blank lines leaves one blank line, not two.
    if (isBlank(kept[kept.length - 1]) && line < to && isBlank(lines[line])) line += 1;
  }
  while (kept.length > 0 && kept[0]!.trim() === '') kept.shift();
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  return dedent(kept).join('\n');
};
