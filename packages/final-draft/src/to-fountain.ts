import { isCueLine, isSceneHeadingLine, isTransitionText, parseFountain, type FountainElementType, type TitlePageField } from '@pc/fountain';
import { plainText } from './read.js';
import type { FinalDraftBlock, FinalDraftParagraph, FinalDraftScript, TextRun } from './types.js';

const MARKS: Record<string, string> = { Bold: '**', Italic: '*', Underline: '_' };
// A scene number Fountain can carry between `#…#`.
const SCENE_NUMBER = /^[\p{L}\p{N}.-]+$/u;

/** What a Fountain reader makes of a paragraph standing between blank lines, when it makes one element of it. */
const readsAs = (text: string): FountainElementType | undefined => {
  const { elements, titlePage } = parseFountain(`\n${text}\n`);
  return elements.length === 1 && titlePage.length === 0 ? elements[0]!.type : undefined;
};

/** Text with its styles as Fountain emphasis; `*` and `_` typed as text are escaped. Spaces stay outside the markers. */
const emphasised = (runs: readonly TextRun[]): string =>
  runs
    .map((run) => {
      const text = (run.styles.includes('AllCaps') ? run.text.toUpperCase() : run.text).replace(/([*_\\])/g, '\\$1');
      const marks = run.styles.map((style) => MARKS[style] ?? '').join('');
      if (marks === '' || text.trim() === '') return text;
      const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      return `${lead}${marks}${body}${[...marks].reverse().join('')}${trail}`;
    })
    .join('');

const lines = (text: string): string[] => text.split('\n').map((line) => line.trimEnd());

/**
 * An action paragraph, forced (`!`) when Fountain would read it as a heading, cue, transition or other
 * markup. With `asTyped`, what reads as a transition (`FADE OUT.` typed as Action, as writers end a
 * script) is one, and a centred line (`THE END`) is centred.
 */
const action = (paragraph: FinalDraftParagraph, asTyped = false): string[] => {
  const text = lines(emphasised(paragraph.runs)).join('\n').replace(/^\n+|\n+$/g, '');
  if (text.trim() === '') return [];
  const reading = readsAs(text);
  if (asTyped && reading === 'transition' && isTransitionText(text.trim())) return [text];
  if (asTyped && paragraph.centered && !text.includes('\n') && !/[<>]/.test(text)) return [`>${text.trim()}<`];
  return [reading === 'action' ? text : `!${text}`];
};

const heading = (paragraph: FinalDraftParagraph): string[] => {
  const text = plainText(paragraph.runs).replace(/\s+/g, ' ').trim();
  // An omitted scene is no scene: a boneyard keeps its number and heading in the script, out of the import.
  if (paragraph.omitted !== undefined) return [`/* ${[text || 'OMITTED', paragraph.number, paragraph.omitted].filter((part) => part !== '').join(' ').replace(/\*\//g, '* /')} */`];
  if (text === '') return [];
  const number = SCENE_NUMBER.test(paragraph.number) ? ` #${paragraph.number}#` : '';
  const written = isSceneHeadingLine(text) ? text : `.${text}`;
  return [`${written}${number}`, ...paragraph.summary.map((line) => `= ${line.replace(/\s+/g, ' ')}`)];
};

/** A cue and its parentheticals and lines, as one Fountain dialogue block; `^` marks the second speaker of a dual block. */
const dialogueBlock = (cue: FinalDraftParagraph, speech: readonly FinalDraftParagraph[], dual: boolean): string => {
  const name = plainText(cue.runs).replace(/\s+/g, ' ').trim();
  const out = [`${isCueLine(name) ? '' : '@'}${name}${dual ? ' ^' : ''}`];
  for (const paragraph of speech) {
    const text = lines(emphasised(paragraph.runs).trim());
    if (paragraph.type === 'Parenthetical') {
      const line = text.join(' ').trim();
      out.push(line.startsWith('(') ? line : `(${line})`);
    } else if (paragraph.type === 'Lyrics') out.push(...text.map((line) => `~${line}`));
    // A blank line inside a speech would end it: Fountain keeps it as two spaces.
    else out.push(...text.map((line) => (line === '' ? '  ' : line)));
  }
  return out.join('\n');
};

const SPEECH = new Set(['Parenthetical', 'Dialogue', 'Lyrics']);

const section = (paragraph: FinalDraftParagraph): string[] => {
  const text = plainText(paragraph.runs).replace(/\s+/g, ' ').trim();
  return text === '' ? [] : [`# ${text}`];
};

/** Fountain for one block; `index` points at it in `body`, and the returned `next` past the speech it took. */
const writeBlock = (body: readonly FinalDraftBlock[], index: number): { text: string[]; next: number } => {
  const block = body[index]!;
  if (block.kind === 'dual') {
    const speakers: string[] = [];
    block.paragraphs.forEach((paragraph, at) => {
      if (paragraph.type !== 'Character') return;
      const speech: FinalDraftParagraph[] = [];
      for (let i = at + 1; i < block.paragraphs.length && SPEECH.has(block.paragraphs[i]!.type); i += 1) speech.push(block.paragraphs[i]!);
      speakers.push(dialogueBlock(paragraph, speech, speakers.length > 0));
    });
    return { text: speakers, next: index + 1 };
  }
  switch (block.type) {
    case 'Scene Heading':
      return { text: heading(block), next: index + 1 };
    case 'Character': {
      let next = index + 1;
      const speech: FinalDraftParagraph[] = [];
      for (; next < body.length; next += 1) {
        const paragraph = body[next]!;
        if (paragraph.kind !== 'paragraph' || !SPEECH.has(paragraph.type)) break;
        speech.push(paragraph);
      }
      // A cue with nothing to say is not a cue in Fountain either: it stays action.
      return { text: speech.length > 0 ? [dialogueBlock(block, speech, false)] : action(block), next };
    }
    case 'Transition': {
      const text = plainText(block.runs).replace(/\s+/g, ' ').trim();
      return { text: text === '' ? [] : [readsAs(text) === 'transition' ? text : `> ${text}`], next: index + 1 };
    }
    case 'New Act':
    case 'End of Act':
      return { text: section(block), next: index + 1 };
    case 'Shot':
      // Final Draft shows a Shot in capitals whatever was typed; in capitals the import reads it as a shot line.
      return { text: action({ ...block, runs: block.runs.map((run) => ({ ...run, text: run.text.toUpperCase() })) }), next: index + 1 };
    default:
      // Action, General, Cast List, a stray Dialogue, and any type a template adds.
      return { text: action(block, true), next: index + 1 };
  }
};

const titlePageText = (fields: readonly TitlePageField[]): string[] =>
  fields.map(({ key, value }) => {
    const [first, ...rest] = value.split('\n');
    return rest.length === 0 ? `${key}: ${first}` : [`${key}:`, ...[first, ...rest].map((line) => `    ${line}`)].join('\n');
  });

/** Where a Fountain line came from in the Final Draft file: what its user can find there. */
export interface FinalDraftPlace {
  /** 1-based position of the `<Paragraph>` in the script body (each speaker's paragraphs of a dual dialogue counted). */
  paragraph: number;
  /** Its Final Draft element type (`Scene Heading`, `Action`, `Character`…). */
  type: string;
  /** The scene it is in (or heads): its number (else its position among the headings) and heading, `12 INT. DOCK - NIGHT`; blank before the first. */
  scene: string;
}

/** The Fountain and, for each block written, the Fountain line it starts at and the paragraph it came from. */
export interface MappedFountain {
  fountain: string;
  places: { line: number; place: FinalDraftPlace }[];
  /**
   * The lines written from `Shot` paragraphs: shot lines whatever their words (`MARIA'S HANDS`),
   * as the paragraph type says. A transition typed as a Shot (`FADE IN:`, `CUT TO:`) is none.
   */
  shotLines: number[];
}

// Writers type FADE IN: as a Shot (Final Draft's template opens with one); it moves no camera.
const TRANSITION_WORDS = /^(?:FADE (?:IN|OUT|TO)|CUT TO|DISSOLVE|SMASH CUT|MATCH CUT|JUMP CUT)\b/;
const isShotParagraph = (block: FinalDraftBlock): boolean => {
  if (block.kind !== 'paragraph' || block.type !== 'Shot') return false;
  const text = plainText(block.runs).replace(/\s+/g, ' ').trim().toUpperCase();
  return text !== '' && !TRANSITION_WORDS.test(text) && readsAs(text) !== 'transition';
};

const paragraphsIn = (block: FinalDraftBlock): number => (block.kind === 'dual' ? block.paragraphs.length : 1);

/**
 * Writes a Final Draft script as Fountain, block by block with a blank line between, so
 * the Fountain reader gives back the same elements: a heading not starting INT./EXT. is
 * forced (`.`), its number written `#12A#` and its Title and Summary as synopses (`=`); an
 * omitted scene is a boneyard comment (`/* OMITTED 3 INT. SHED - NIGHT *\/`); an
 * action that looks like markup is forced (`!`); a cue that is not all capitals is forced
 * (`@`); dual dialogue's second speaker is marked `^`; New Act and End of Act are sections.
 * Each block's first Fountain line is mapped to its paragraph, so what the import says of a
 * Fountain line can name the paragraph and scene in the user's file.
 */
export const writeMappedFountain = (script: FinalDraftScript, titlePage: readonly TitlePageField[]): MappedFountain => {
  const blocks: string[] = [];
  const places: MappedFountain['places'] = [];
  const shotLines: number[] = [];
  let line = 1;
  const push = (text: string, place?: FinalDraftPlace) => {
    if (place) places.push({ line, place });
    blocks.push(text);
    line += text.split('\n').length + 1;
  };
  if (titlePage.length > 0) push(titlePageText(titlePage).join('\n'));
  let paragraph = 1;
  let scene = '';
  let headings = 0;
  for (let index = 0; index < script.body.length; ) {
    const block = script.body[index]!;
    if (block.kind === 'paragraph' && block.type === 'Scene Heading') {
      headings += 1;
      scene = `${block.number || headings} ${plainText(block.runs).replace(/\s+/g, ' ').trim()}`.trim();
    }
    const { text, next } = writeBlock(script.body, index);
    if (isShotParagraph(block) && text.length > 0) shotLines.push(line);
    // A dual dialogue writes one block per speaker: each points at its own cue.
    const cues = block.kind === 'dual' ? block.paragraphs.flatMap((inner, at) => (inner.type === 'Character' ? [at] : [])) : [];
    text.forEach((written, at) => push(written, block.kind === 'dual' ? { paragraph: paragraph + (cues[at] ?? 0), type: 'Character', scene } : { paragraph, type: block.type, scene }));
    for (; index < next; index += 1) paragraph += paragraphsIn(script.body[index]!);
  }
  return { fountain: `${blocks.join('\n\n')}\n`, places, shotLines };
};

/** {@link writeMappedFountain}'s Fountain alone. */
export const writeFountain = (script: FinalDraftScript, titlePage: readonly TitlePageField[]): string => writeMappedFountain(script, titlePage).fountain;
