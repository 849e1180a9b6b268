import { isSceneHeadingLine } from '@pc/fountain';
import { createEmitter, type LocalLayout } from './fountain-emitter.js';
import { readStagePlayLayout } from './stage-play-layout.js';
import { sourceLines } from './text.js';

export type { LocalLayout } from './fountain-emitter.js';

// A Japanese or Korean heading gives no INT./EXT.; a place named as outdoors (a rooftop, a street, a platform) is EXT, anything else INT.
const OUTDOORS =
  /앞$|前$|外階段|外廊下|屋外|（外）|\(外\)|通り|路地|公園|屋上|ホーム|駅前|海岸|浜辺|河原|川沿い|山道|森|庭|橋|広場|校庭|グラウンド|墓地|畑|港|埠頭|線路|踏切|バス停|駐車場|参道|境内|밖|거리|골목|공원|옥상|마당|해변|바닷가|바다|강가|강변|산길|숲|다리 위|운동장|정류장|주차장|항구|부두|들판|묘지|광장|베란다|테라스/u;
// The innermost part of `港町シネマ - 客席` says where the scene is: the auditorium, inside, though 港 names a harbour;
// `表` (the front of a building), `外` and `全景` (the place seen whole) are outside it.
const INDOORS_PART = /(?:客席|部屋|台所|居間|寝室|店内|車内|館内|室|中|内|ロビー|楽屋|방|안|실|부엌|거실|교실)$/u;
const OUTDOORS_PART = /^(?:表|外|全景|表通り|밖|전경)$/u;
const intExtOf = (place: string): 'INT' | 'EXT' => {
  const inner = place.split(' - ').at(-1)!.trim();
  if (OUTDOORS_PART.test(inner)) return 'EXT';
  if (inner !== place.trim() && INDOORS_PART.test(inner)) return 'INT';
  return OUTDOORS.test(place) ? 'EXT' : 'INT';
};

// What a cue's bracket says about the voice: (M) and (N) are heard over the scene, (声) and (オフ) off screen, (電話) on the phone;
// Korean (E) is an effect, a voice off screen, and (F) a filtered one, on the phone.
const EXTENSIONS: Record<string, string> = {
  M: 'V.O.', Ｍ: 'V.O.', N: 'V.O.', Ｎ: 'V.O.', NA: 'V.O.', モノローグ: 'V.O.', ナレーション: 'V.O.', 내레이션: 'V.O.', 'V.O.': 'V.O.',
  声: 'O.S.', オフ: 'O.S.', OFF: 'O.S.', E: 'O.S.', 'O.S.': 'O.S.',
  電話: 'ON PHONE', 電話の声: 'ON PHONE', 전화: 'ON PHONE', F: 'FILTERED',
};

// Ｎ「…」 alone is narration, no one in the scene: the narrator, heard over it (健太（Ｎ） is 健太 narrating).
const NARRATION = new Set(['N', 'Ｎ', 'NA', 'ナレ', 'ナレーション', 'ナレーター', '내레이션', '나레이션', '내레이터']);
const NARRATOR = { japanese: 'ナレーター', korean: '내레이터' } as const;

/** A cue and its speech; the cue's bracket is an extension when it names a voice, else a parenthetical. */
const speech = (layout: keyof typeof NARRATOR, name: string, bracket: string | undefined, text: string): string[] => {
  const narration = NARRATION.has(name);
  const voice = bracket === undefined ? undefined : EXTENSIONS[bracket.trim()];
  // Whatever the bracket says of the narrator's voice (Ｎ（声）), narration is heard over the scene.
  const extension = narration ? 'V.O.' : voice;
  const lines = [extension ? `${narration ? NARRATOR[layout] : name} (${extension})` : name];
  if (bracket !== undefined && !voice) lines.push(`(${bracket.trim()})`);
  const opening = /^[(（]([^()（）]{1,40})[)）][ \t\u3000]*(.+)$/u.exec(text);
  if (opening) lines.push(`(${opening[1]!.trim()})`, opening[2]!.trim());
  else lines.push(text.trim());
  return lines;
};

const heading = (place: string, time: string, number: string | undefined): string =>
  `${intExtOf(place)}. ${place.trim()}${time.trim() === '' ? '' : ` - ${time.trim()}`}${number ? ` #${number}#` : ''}`;

// ○ 駅のホーム（朝）, ◯駅舎, 3 ○ 教室（昼）
const JA_HEADING = /^[ \t\u3000]*(?:(\d+[A-Z]?)[ \t\u3000]*)?[○◯〇][ \t\u3000]*(.+?)[ \t\u3000]*$/u;
// さくら「来るよ」, 田中（声）「…」, speech that goes on past its line until 」
const JA_SPEECH = /^[ \t\u3000]*([^\s「」（）()]{1,12})(?:[（(]([^（）()]{1,20})[）)])?[ \t\u3000]*「(.*)$/u;
const PLACE_AND_TIME = /^(.*?)[ \t\u3000]*[（(]([^（）()]{1,20})[）)]$/u;

const readJapanese = (lines: readonly string[]): LocalLayout => {
  const emit = createEmitter();
  let started = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const text = line.replace(/^[ \t\u3000]+|[ \t\u3000]+$/gu, '');
    if (text === '') continue;
    const at = index + 1;
    const head = JA_HEADING.exec(line);
    if (head) {
      started = true;
      const [, number, rest] = head;
      const split = PLACE_AND_TIME.exec(rest!);
      // アパート・葵の部屋: the place, then the room in it.
      emit.paragraph([heading((split?.[1] ?? rest!).replace(/[ \t\u3000]*・[ \t\u3000]*/gu, ' - '), split?.[2] ?? '', number)], at);
      continue;
    }
    const spoken = JA_SPEECH.exec(line);
    // 看板「営業中」が揺れる: quoted words inside a line of action, which goes on past the 」.
    if (spoken && started && !/」[^」]*[^」\s\u3000][^」]*$/u.test(spoken[3]!)) {
      let said = spoken[3]!;
      // The speech runs to its closing 」, over as many lines as it takes.
      while (!said.includes('」') && index + 1 < lines.length && lines[index + 1]!.trim() !== '' && !JA_HEADING.test(lines[index + 1]!)) {
        index += 1;
        said += `\n${lines[index]!.trim()}`;
      }
      const body = said.replace(/」[ \t\u3000]*$/u, '').replace(/」/gu, '');
      // 大家の声「…」: the landlord, heard from off screen.
      const voice = /^(.+)の声$/u.exec(spoken[1]!);
      const [cue, ...rest] = speech('japanese', voice?.[1] ?? spoken[1]!, spoken[2] ?? (voice ? '声' : undefined), body.split('\n')[0]!);
      emit.paragraph([cue!, ...rest, ...body.split('\n').slice(1)], at);
      continue;
    }
    if (!started) {
      emit.preamble(text, at);
      continue;
    }
    // ト書き: each line its own paragraph, so a short line is never read as a cue.
    emit.paragraph([text], at);
  }
  return emit.done('japanese');
};

// S#12. 장소 / 밤, #12. 장소 (밤), S#3 골목 - 밤; never a Fountain section (`#1. Opening`): the place is in Hangul.
const KO_HEADING = /^[ \t]*(?:S[ \t]*)?#[ \t]*(\d+[A-Za-z]?)(?:[ \t]*[.:．][ \t]*|[ \t]+)(.*\p{Script=Hangul}.*?)[ \t]*$/u;
const KO_TIME = /^(.*?)[ \t]*(?:[/,\-–][ \t]*([^/,\-–()]+)|\(([^()]+)\))$/u;
// 지수: 잤어. / 지수 (돌아보지 않고): 잤어. / 엄마(F): 밥은?
const KO_COLON = /^[ \t]*([^\s:：()（）]{1,10})[ \t]*(?:\(([^()]{1,20})\))?[ \t]*[:：][ \t]*(.+)$/u;
// 지수 잤어. (a name known to speak, then the speech)
const KO_SPACED = /^[ \t]*([가-힣A-Za-z]{1,6})[ \t]*(?:\(([^()]{1,20})\))?[ \t]+(.+)$/u;

const indentOf = (line: string): number => /^[ \t\u3000]*/u.exec(line)![0].replace(/\t/gu, '    ').length;

/**
 * A line right under a speech that goes on with it, as a Korean script wraps a speech without its name: set in
 * under the speech, after a line that stops mid-sentence (a comma, or a joining ending: 어려서, 했는데, 보니까) unless it
 * reads as action (ending 다), or a bracket in the speech ((사이), a pause) and the line after it. Any other line is action.
 */
const continuesSpeech = (speaking: { indent: number; last: string }, line: string, indentsAction: boolean): boolean => {
  const text = line.trim();
  const reads = /다[.!]?$/u.test(text) ? 'action' : 'speech';
  // In a script that sets its action in too, set in is not enough for a line that reads as action.
  if (indentOf(line) >= speaking.indent + 2 && (reads === 'speech' || !indentsAction)) return true;
  if (/^\([^()]{1,20}\)/u.test(text)) return true;
  const unfinished = /(?:,|、|서|고|며|면|는데|은데|지만|니까|려고|도록|^\([^()]*\))$/u.test(speaking.last.trim());
  return unfinished && reads === 'speech';
};

const readKorean = (lines: readonly string[]): LocalLayout => {
  // Names that speak: those before a colon, and a first word that opens two lines or more
  // with the speech after a space (an action line's first word carries its particle: 지수가).
  const speakers = new Set<string>();
  const openers = new Map<string, number>();
  for (const line of lines) {
    if (KO_HEADING.test(line)) continue;
    const colon = KO_COLON.exec(line);
    if (colon) speakers.add(colon[1]!);
    else {
      const spaced = KO_SPACED.exec(line);
      if (spaced) openers.set(spaced[1]!, (openers.get(spaced[1]!) ?? 0) + 1);
    }
  }
  // A word with its particle (그녀는, 지수가) opens action, however often.
  for (const [name, count] of openers) if (count >= 2 && !/[은는이가을를의에도와과]$/u.test(name)) speakers.add(name);
  // Action set in: a line after a blank line or a heading that is not a speech, written with a margin.
  const indentsAction = lines.some((line, index) => {
    const previous = index === 0 ? '' : lines[index - 1]!;
    const spoken = KO_COLON.exec(line) ?? KO_SPACED.exec(line);
    return indentOf(line) >= 2 && line.trim() !== '' && (previous.trim() === '' || KO_HEADING.test(previous)) && !(spoken && speakers.has(spoken[1]!));
  });

  const emit = createEmitter();
  let started = false;
  // The speech being written (its line's indent and last line), while no blank line or action has ended it.
  let speaking: { indent: number; last: string } | null = null;
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === '') {
      speaking = null;
      return;
    }
    const at = index + 1;
    const head = KO_HEADING.exec(line);
    if (head) {
      started = true;
      speaking = null;
      const split = KO_TIME.exec(head[2]!);
      emit.paragraph([heading(split?.[1] || head[2]!, split?.[2] ?? split?.[3] ?? '', head[1])], at);
      return;
    }
    const spoken = started ? (KO_COLON.exec(line) ?? KO_SPACED.exec(line)) : null;
    if (spoken && speakers.has(spoken[1]!)) {
      const said = speech('korean', spoken[1]!, spoken[2], spoken[3]!);
      emit.paragraph(said, at);
      speaking = { indent: indentOf(line), last: said.at(-1)! };
      return;
    }
    if (speaking && continuesSpeech(speaking, line, indentsAction)) {
      // (사이) 정말로: the bracket its own line, as a parenthetical is.
      const bracketed = /^(\([^()]{1,20}\))[ \t]*(.*)$/u.exec(text);
      for (const part of bracketed ? bracketed.slice(1) : [text]) if (part !== '') emit.extend(part, at);
      speaking.last = text;
      return;
    }
    speaking = null;
    if (!started) {
      emit.preamble(text, at);
      return;
    }
    emit.paragraph([text], at);
  });
  return emit.done('korean');
};

/**
 * The local layout a script is written in, rewritten as Fountain; null for Fountain and the screenplay
 * layout (any INT./EXT. heading), which are never touched unless their speeches are written `NAME: speech`
 * throughout (the stage-play layout, `stage-play-layout.ts`). Japanese: `○ 場所（時間）` headings and
 * `名前「台詞」` lines; Korean: `S#12. 장소 / 밤` or `#12. 장소 (밤)` headings and `이름: 대사` or `이름 대사` lines.
 */
export const readLocalLayout = (source: string): LocalLayout | null => {
  const lines = sourceLines(source);
  if (lines.some((line) => isSceneHeadingLine(line.trim()))) return readStagePlayLayout(lines);
  const japanese = lines.filter((line) => JA_HEADING.test(line)).length;
  const korean = lines.filter((line) => KO_HEADING.test(line)).length;
  if (japanese > 0 && lines.some((line) => JA_SPEECH.test(line))) return readJapanese(lines);
  if (korean > 0) return readKorean(lines);
  return readStagePlayLayout(lines);
};
