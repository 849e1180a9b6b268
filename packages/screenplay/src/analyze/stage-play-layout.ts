import { isSceneHeadingLine } from '@pc/fountain';
import { createEmitter, type LocalLayout } from './fountain-emitter.js';
import { sourceLines } from './text.js';

/**
 * The English stage-play layout, common in pasted scripts and radio plays: the name, a colon and the speech on
 * one line (`ELSIE: (not turning round) You're late.`). Fountain reads such a line as action, so nobody speaks.
 * Only a script that writes its speeches so throughout is rewritten (three such lines or more, two speakers or more,
 * and twice as many as Fountain cues); `SUPER: Cornwall, 1952.`, `NOTE: …`, `SFX: …`, `INT:` and `10:30` are never
 * speeches. Lines around the speeches are kept as written.
 */
// A name in capitals (ELSIE, DR. HALE, MARY-KATE) or as a name is written (Elsie, Mrs Hale), a voice or a direction in
// brackets, a colon, the speech.
const COLON_SPEECH =
  /^[ \t]*(\p{Lu}[\p{Lu}\p{N} .'’-]{0,29}?|\p{Lu}\p{Ll}+(?:[ .]{1,2}\p{Lu}\p{Ll}+)?)[ \t]*(?:\(([^()]{1,30})\))?[ \t]*:[ \t]+(\S.*)$/u;
// Before a colon, these label a line of the page, not a speaker: on-screen text, notes, sound and music cues,
// transitions, a title page's keys.
const NOT_A_SPEAKER = new Set(
  `INT|EXT|EST|I/E|INT/EXT|SUPER|SUPERIMPOSE|TITLE|TITLES|SUBTITLE|SUBTITLES|CAPTION|CHYRON|CARD|TITLE CARD|NOTE|NOTES|NB|PS|
  INSERT|TEXT|ON SCREEN|SIGN|LEGEND|LOCATION|SETTING|TIME|PLACE|SCENE|ACT|CUT TO|SMASH CUT TO|FADE TO|FADE IN|FADE OUT|
  DISSOLVE TO|MATCH CUT TO|INTERCUT|INTERCUT WITH|BACK TO|MONTAGE|SERIES OF SHOTS|FLASHBACK|SFX|FX|F/X|SOUND|MUSIC|GRAMS|
  ATMOS|LATER|CONTINUED|MORE|DRAFT|DRAFT DATE|AUTHOR|AUTHORS|CREDIT|SOURCE|CONTACT|COPYRIGHT|CAST|CHARACTERS|
  DRAMATIS PERSONAE|PERSONS|EPISODE|REVISION|PAGE|WRITTEN BY`
    .split('|')
    .map((label) => label.trim()),
);
// A bracket after the name that says how the voice is heard is a cue's extension; any other is a direction.
const VOICE = /^(?:V\.? ?O\.?|O\.? ?S\.?|O\.? ?C\.?|OFF|CONT['’]?D|ON PHONE|ON THE PHONE|FILTERED|PRE-?LAP|ON RADIO|ON TV)$/iu;
const TITLE_PAGE_KEY = /^[ \t]*(?:title|credit|authors?|source|draft date|contact|copyright|notes)[ \t]*:/iu;

interface Speech {
  name: string;
  bracket: string | undefined;
  text: string;
}

const readSpeech = (line: string): Speech | null => {
  const match = COLON_SPEECH.exec(line);
  if (!match || isSceneHeadingLine(line.trim())) return null;
  const name = match[1]!.trim().replace(/\s+/gu, ' ');
  const label = name.toUpperCase().replace(/\.$/u, '');
  if (NOT_A_SPEAKER.has(label)) return null;
  return { name: name.toUpperCase(), bracket: match[2]?.trim(), text: match[3]!.trim() };
};

/** Lines Fountain would read as a cue: capitals alone after a blank line, with a line under them. */
const countFountainCues = (lines: readonly string[]): number =>
  lines.filter((line, index) => {
    const text = line.trim();
    return /\p{Lu}/u.test(text) && text === text.toUpperCase() && !isSceneHeadingLine(text) && !/TO:$/u.test(text) &&
      (lines[index - 1] ?? '').trim() === '' && (lines[index + 1] ?? '').trim() !== '';
  }).length;

/** The cue, a direction in brackets as its parenthetical, and the speech, as Fountain writes them. */
const asFountain = ({ name, bracket, text }: Speech): string[] => {
  const voice = bracket !== undefined && VOICE.test(bracket);
  const lines = [voice ? `${name} (${bracket!.toUpperCase()})` : name];
  if (bracket !== undefined && !voice) lines.push(`(${bracket})`);
  const direction = /^\(([^()]{1,80})\)[ \t]*(.+)$/u.exec(text);
  if (direction) lines.push(`(${direction[1]!.trim()})`, direction[2]!);
  else lines.push(text);
  return lines;
};

/** The script rewritten as Fountain when it writes its speeches `NAME: speech` throughout; null otherwise. */
export const readStagePlayLayout = (lines: readonly string[]): LocalLayout | null => {
  const speeches = lines.map(readSpeech);
  const count = speeches.filter((speech) => speech !== null).length;
  const speakers = new Set(speeches.flatMap((speech) => speech?.name ?? []));
  // Throughout: a few such lines among Fountain cues are what a screen shows (a text exchange), not the layout.
  if (count < 3 || speakers.size < 2 || count <= 2 * countFountainCues(lines)) return null;
  // Speeches set apart by blank lines go on over the lines under them; packed one under another (a pasted
  // document), a line under a speech is a direction of its own: "(He hangs his oilskin on the hook.)".
  const spaced = speeches.filter((speech, index) => speech !== null && (lines[index - 1] ?? '').trim() === '').length * 2 > count;
  const firstHeading = lines.findIndex((line) => isSceneHeadingLine(line.trim()));
  // The lines before the first heading are the title and notes, unless they are a Fountain title page or hold speeches.
  const preamble = firstHeading > 0 && !TITLE_PAGE_KEY.test(lines[0]!) && speeches.slice(0, firstHeading).every((speech) => speech === null) ? firstHeading : 0;

  const emit = createEmitter();
  let previous: 'blank' | 'speech' | 'text' = 'blank';
  lines.forEach((line, index) => {
    const at = index + 1;
    const speech = speeches[index];
    if (line.trim() === '') previous = 'blank';
    else if (index < preamble) emit.preamble(line.trim(), at);
    else if (speech) {
      emit.paragraph(asFountain(speech), at);
      previous = 'speech';
    } else if (previous === 'text' || (previous === 'speech' && spaced)) emit.extend(line.trimEnd(), at);
    else {
      emit.paragraph([line.trimEnd()], at);
      previous = 'text';
    }
  });
  return emit.done('stage-play');
};

/**
 * A scene's text as Fountain: its speeches written `NAME: speech` throughout (three or more, two speakers or
 * more) become cues and dialogue; any other text is returned as it is.
 *
 * @example
 * withStagePlaySpeeches('ELSIE: Late.\nARTHUR: The boat was.\nELSIE: Always.') // 'ELSIE\nLate.\n\nARTHUR\nThe boat was.\n\nELSIE\nAlways.\n'
 */
export const withStagePlaySpeeches = (text: string): string => readStagePlayLayout(sourceLines(text))?.fountain ?? text;
