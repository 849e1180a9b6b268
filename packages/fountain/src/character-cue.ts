import { readMontageMark } from './montage-mark.js';
import { readShotLine } from './shot-line.js';
/** The parts of a character cue; see {@link parseCharacterCue}. */
export interface CharacterCueParts {
  /** The cue as written, without `@` and `^`. */
  text: string;
  /** Normalised: extensions removed, whitespace collapsed, UPPERCASE. */
  name: string;
  /** `V.O.`, `O.S.`, `CONT'D` …: uppercased, curly apostrophes straightened. */
  extensions: string[];
  forced: boolean;
  dual: boolean;
}

const TRAILING_EXTENSION = /\s*\(([^()]*)\)\s*$/;

const splitExtensions = (cue: string): { name: string; extensions: string[] } => {
  const extensions: string[] = [];
  let name = cue;
  for (let match = TRAILING_EXTENSION.exec(name); match; match = TRAILING_EXTENSION.exec(name)) {
    extensions.unshift(
      (match[1] ?? '')
        .trim()
        .replace(/[\u2018\u2019]/g, "'")
        .toUpperCase(),
    );
    name = name.slice(0, match.index);
  }
  return { name: name.replace(/\s+/g, ' ').trim(), extensions: extensions.filter((e) => e !== '') };
};

/**
 * Splits a cue into name and extensions, marking a forced (`@`) or dual (`^`) cue.
 *
 * @example
 * parseCharacterCue("anna (cont'd)") // { name: 'ANNA', extensions: ["CONT'D"], … }
 * parseCharacterCue('@McCLANE ^')    // { name: 'MCCLANE', forced: true, dual: true, … }
 */
export const parseCharacterCue = (line: string): CharacterCueParts => {
  let text = line.trim();
  const forced = text.startsWith('@');
  if (forced) text = text.slice(1).trimStart();
  const dual = text.endsWith('^');
  if (dual) text = text.slice(0, -1).trimEnd();
  const { name, extensions } = splitExtensions(text);
  return { text, name: name.toUpperCase(), extensions, forced, dual };
};

/**
 * True when a trimmed line can be an unforced cue: the name (before any extension)
 * has at least one letter, no lowercase letter (a name in a script without case, 李明, at most
 * eight letters), no emphasis marker, at most five words, and does not end like a sentence (`:`, `!`, `?`,
 * or a word of four letters or more and a full stop). Context (a blank line before, text
 * after) is the parser's business.
 */
export const isCueLine = (trimmed: string): boolean => {
  const withoutDual = trimmed.endsWith('^') ? trimmed.slice(0, -1) : trimmed;
  const { name } = splitExtensions(withoutDual);
  if (name === '' || name !== name.toUpperCase()) return false;
  // A letter (so "1984" or "---" is not a name), no sentence-like colon, and not an
  // exclamation or a question: "BANG!" over a line of action is a sound, not a speaker.
  // Nor a line that breaks off mid-sentence (お母さん、 / 그런데, / あの…): speech running on to the next line.
  if (!/\p{L}/u.test(name) || /[:!?：！？。]$/u.test(name) || (name === name.toLowerCase() && /[、，,…]$/u.test(name))) return false;
  // A name in a script without capitals (李明, محمد, דוד) is short: nothing says a line of it is not action.
  if (name === name.toLowerCase() && [...name.replace(/\s/g, '')].length > MAX_CASELESS_CUE) return false;
  // A short line of Chinese action reads so by its grammar, which a name never has: 门开了, 窗外下着雨, 一辆出租车停下.
  if (isHanAction(name)) return false;
  // Emphasis (`**THE DOOR SLAMS**`, `_MARIA_`) styles action and dialogue; a cue is never
  // emphasised, so capitals in emphasis with a line under them are action, not a speaker.
  if (/[*_]/.test(name)) return false;
  // A multi-camera script writes action in capitals: a line of six words or more, or one
  // ending a sentence ("SHE EXITS."; "JR." and "MRS." are abbreviations), is action.
  const words = name.split(' ');
  // "CLOSE ON MARIA" with its action right under it is a shot, not a speaker; "MEDIUM" alone may be one.
  if (words.length > 1 && readShotLine(name) !== null) return false;
  // "BEGIN MONTAGE", "MONTAGE - PARIS", "SERIES OF SHOTS" over their beats head a montage in the scene they are in.
  if (readMontageMark(name) !== null) return false;
  const last = words[words.length - 1]!;
  return words.length <= MAX_CUE_WORDS && !(last.endsWith('.') && last.replace(/[^\p{L}]/gu, '').length > 3);
};

// "THE MAN IN THE HAT" is five words; a wrapped line of capitals is ten or more.
const MAX_CUE_WORDS = 5;
// Han characters alone, as a Chinese line is written (a Japanese one has kana: 着物の女 is a role).
const HAN_ONLY = /^\p{Script=Han}+$/u;
// The aspect particles 着 and 了 (下着雨, 开了), or a number counting a thing (一辆, 一阵, 几声), not a person.
const HAN_ACTION = /[着了]|^[一两几][辆只条阵声道束片张扇台架艘盏颗]/u;
// Someone and what they do, ending as no name ends: 王芳沉默 ("Wang Fang is silent"), 老人点头, 她转身, 李明一言不发 —
// a common verb of a short action line, or a negated one, after whoever does it (a cue that is only such a word stays one).
const HAN_DOES =
  /^\p{Script=Han}+(?:沉默|点头|摇头|转身|离开|叹气|低头|抬头|坐下|躺下|跪下|倒下|起身|站起|站起来|愣住|回头|停下|走开|走来|走去|跑开|跑来|进来|出去|进门|出门|开门|关门|推门|敲门|上车|下车|微笑|苦笑|冷笑|哭泣|发呆|皱眉|耸肩|挥手|招手|鞠躬|抽烟|犹豫|不语|无语|不说话|没说话|不回答|没回答|不作声|没作声|一言不发|默不作声)$/u;
/** Whether a line of Han characters only reads as Chinese action by its grammar (门开了, 一辆出租车停下, 王芳沉默). */
export const isHanAction = (name: string): boolean => HAN_ONLY.test(name) && (HAN_ACTION.test(name) || HAN_DOES.test(name));
// A Chinese name is two to four characters, a Japanese one up to six; a sentence runs longer.
const MAX_CASELESS_CUE = 8;
