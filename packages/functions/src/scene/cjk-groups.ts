import type { CountedGroup } from './counted-groups.js';

// Japanese: people who are background by what the word says (passers-by, a crowd, onlookers, an audience).
const JAPANESE_CROWDS = ['通行人', '群衆', '野次馬', '人々', '人混み', '人ごみ', '見物人', '観客', '観光客', '買い物客', '参列者', '乗客'];
// Kinds of people that are background when made plural (客たち, 学生達) or counted (三人の客, まばらな客).
const JAPANESE_KINDS = ['客', '警官', '学生', '生徒', '兵士', '記者', '若者', '店員', '看護師', '作業員', '漁師', '乗客', '観光客'];
const KANJI_NUMBERS: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// "数人の客", "大勢の客", "まばらな客": several, no number.
const JAPANESE_SEVERAL = '数人の|何人かの|大勢の|多くの|まばらな|たくさんの';

// Korean: people by kind, background when made plural with 들 (행인들이, 손님들) or counted (손님 두 명, 두 명의 경찰).
const KOREAN_KINDS = ['행인', '손님', '사람', '승객', '학생', '관객', '구경꾼', '경찰', '군인', '기자', '관광객', '직원', '노동자', '어부', '간호사', '심사위원'];
// A crowd by what the word says.
const KOREAN_CROWDS = ['군중', '인파'];
const KOREAN_NUMBERS: Record<string, number> = { 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const NOT_HAN = '(?<![\\p{Script=Han}])';
const JAPANESE = new RegExp(
  `(?:([0-9０-９]+|[二三四五六七八九十])人の|(${JAPANESE_SEVERAL}))?${NOT_HAN}(?:(${alternatives(JAPANESE_KINDS)})(たち|達)|(${alternatives(JAPANESE_CROWDS)})|(${alternatives(JAPANESE_KINDS)}))(?![\\p{Script=Han}])`,
  'gu',
);
const KOREAN_COUNT = `([0-9]+|${Object.keys(KOREAN_NUMBERS).join('|')}|몇)\\s*명`;
const KOREAN = new RegExp(
  `(?<![\\p{Script=Hangul}])(?:${KOREAN_COUNT}의\\s+)?(?:(${alternatives(KOREAN_KINDS)})(들)?|(${alternatives(KOREAN_CROWDS)}))(?:\\s+${KOREAN_COUNT})?(?=[\\p{Script=Hangul}]{0,2}(?![\\p{Script=Hangul}]))`,
  'gu',
);

const number = (written: string | undefined, words: Record<string, number>): number | null => {
  if (written === undefined) return null;
  const digits = written.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(digits) ? Number(digits) : (words[written] ?? null);
};

/**
 * Background people in Japanese and Korean action, written without spaces (Japanese) or with a particle on the
 * word (Korean): a crowd by what the word says (通行人, 群衆, 野次馬, 人々; 군중, 인파), a kind of people made
 * plural (客たち, 학생들, 행인들이, 사람들이) or counted (三人の客, まばらな客; 손님 두 명이, 두 명의 경찰). A kind alone and
 * uncounted (客, 손님) is not: it may be one person, or a cast member's name. `name` is the word without its
 * particle (행인들); `count` the number written, or null.
 */
export const readCjkGroups = (text: string): CountedGroup[] => {
  const found: CountedGroup[] = [];
  for (const match of text.matchAll(JAPANESE)) {
    const [written, counted, several, kind, plural, crowd, single] = match as unknown as Array<string | undefined>;
    // A kind alone (客) is background only when counted: "まばらな客", "三人の客".
    if (single !== undefined && counted === undefined && several === undefined) continue;
    const name = crowd ?? (kind !== undefined ? `${kind}${plural}` : single!);
    found.push({ name, count: number(counted, KANJI_NUMBERS), asWritten: written! });
  }
  for (const match of text.matchAll(KOREAN)) {
    const [written, countBefore, kind, plural, crowd, countAfter] = match as unknown as Array<string | undefined>;
    const counted = countBefore ?? countAfter;
    if (kind !== undefined && plural === undefined && counted === undefined) continue;
    const name = crowd ?? `${kind!}${plural ?? ''}`;
    found.push({ name, count: counted === '몇' ? null : number(counted, KOREAN_NUMBERS), asWritten: written!.trim() });
  }
  return found;
};
