// What a possessive may own and still be the person: "Maria's hand trembles", "JOHN'S VOICE (O.S.)", "her father's
// shadow" put them in the scene; "MARIA's car", "John's office", "Ben's letter" do not.
const PERSON_PARTS = new Set(
  `hand hands arm arms finger fingers fist fists knuckles wrist wrists elbow shoulder shoulders back body head face
  eye eyes gaze glance look lips mouth smile grin teeth tongue jaw chin cheek cheeks nose ear ears brow forehead hair
  neck throat chest heart breath breathing voice voices laugh laughter scream sob sobs tears cry whisper
  leg legs knee knees foot feet footsteps steps toes skin silhouette shadow reflection figure grip hug kiss touch
  expression posture frame pulse pov`.split(/\s+/),
);
// The same in Japanese (名前の手) and Korean (이름의 손).
const PERSON_PARTS_CJK = ['手', '顔', '声', '目', '瞳', '肩', '背中', '影', '姿', '髪', '指', '足', '頬', '口', '唇', '涙', '笑顔', '息',
  '손', '얼굴', '목소리', '눈', '어깨', '등', '그림자', '모습', '머리', '손가락', '발', '입', '볼', '입술', '눈물', '숨'];

// Talk of someone who is not there: "They talk about JOHN", "a photo of Maria", "a letter from BEN", "mentions Ana".
const TOPIC_BEFORE =
  /(?:\babout|\bmentions?|\b(?:talks?|talking|speaks?|speaking|thinks?|thinking|dreams?|dreaming|photos?|photographs?|pictures?|portraits?|posters?|memory|memories|news|letters?|notes?|messages?|words?)\s+(?:of|from))\s+(?:the\s+)?$/iu;

/**
 * Whether a name found in action at `start`–`end` of `text` puts the character in the scene: speaking, acting,
 * being seen ("MARIA enters", "Maria's hand trembles"). A possessive of a belonging ("MARIA's car is parked
 * outside", 지수의 가방, さくらの部屋) and talk about them ("They talk about JOHN", "a photo of Maria") are
 * mentions, not presence. A name written several times is present when any one of them is.
 *
 * @example
 * isPresence("MARIA's car is parked outside.", 0, 5)  // false
 * isPresence("MARIA's hand trembles.", 0, 5)          // true
 */
export const isPresence = (text: string, start: number, end: number): boolean => {
  if (TOPIC_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  const after = text.slice(end, end + 60);
  const name = text.slice(start, end);
  // "MARIA's", "MARIA’S", "JAMES'": the apostrophe alone only after a name ending in s.
  const possessive = /^['’][sS](?![\p{L}\p{N}])/u.exec(after) ?? (/[sS]$/u.test(name) ? /^['’](?=\s)/u.exec(after) : null);
  if (possessive) {
    // The thing owned, up to three words on: "Maria's trembling hand", "MARIA'S OLD CAR".
    const owned = after.slice(possessive[0].length).match(/\p{L}+/gu)?.slice(0, 3) ?? [];
    return owned.some((word) => PERSON_PARTS.has(word.toLowerCase()));
  }
  const cjk = /^(?:の|의)\s*(\S*)/u.exec(after);
  if (cjk) return PERSON_PARTS_CJK.some((part) => cjk[1]!.startsWith(part));
  return true;
};
