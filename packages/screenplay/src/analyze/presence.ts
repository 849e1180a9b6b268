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

// French, Spanish, Italian and Portuguese write the owner after the thing: "la voiture de Maria", "la casa de JUAN",
// "o carro do PEDRO", "la voiture d'Ana"; and talk after the verb: "Parlano di MARCO", "hablan de JUAN".
const ROMANCE_OF = /(?:(?<!\p{L})(\p{L}+)\s+)?(?:(?<!\p{L})(de|di|do|da|du|des|del|della|dello|dei|degli|delle|dos|das)\s+|(?<!\p{L})d['’])$/iu;
// What may stand before that "de" and still put the person there: a part of them ("la main de Maria", "la voz de JUAN",
// "a mão do Pedro"), a place beside them ("à côté de Maria", "al lado de JUAN", "perto do Pedro") or going with them,
// or to them ("acompañada de JUAN", "s'approche de Maria", "se despide de JUAN").
const ROMANCE_WITH_THEM = new Set(
  `main mains bras doigts poing visage yeux regard voix épaule épaules ombre silhouette dos tête cheveux lèvres sourire
  larmes pas souffle mano manos brazo brazos cara rostro ojos mirada voz hombro hombros sombra silueta espalda cabeza
  pelo cabello labios sonrisa lágrimas pasos respiración figura mani braccio braccia viso volto faccia occhi sguardo voce
  spalla spalle ombra sagoma schiena testa capelli labbra sorriso lacrime passi respiro mão mãos braço braços olhos olhar
  ombro ombros silhueta costas cabeça cabelo lábios passos respiração
  côté près autour face loin lado cerca delante detrás enfrente junto alrededor lejos perto atrás frente diante longe
  dietro vicino accanto davanti insieme
  accompagné accompagnée accompagnés suivi suivie entouré entourée acompañado acompañada acompañados rodeado rodeada
  seguido seguida acompanhado acompanhada cercado cercada accompagnato accompagnata seguito seguita circondato circondata
  approche approchent despide despiden aproxima aproximam separa cuida cuidam occupe`.split(/\s+/),
);

// Italian "da" before a person is to or at their place, or by them, never "of": "corre da Marco", "torna da LUCIA",
// "fermata da MARCO" put Marco there. (Portuguese "da" is "of the": "o carro da MARIA" stays a mention.)
const ITALIAN_TO_THEM = new Set(
  `corre corrono va vanno torna tornano ritorna ritornano passa passano arriva arrivano precipita precipitano
  rifugia rifugiano fugge fuggono scappa scappano entra entrano rientra rientrano sale salgono scende scendono
  avvicina avvicinano`.split(/\s+/),
);
// "fermata da MARCO", "abbracciato da LUCIA": an Italian participle, the person doing it. Not a Portuguese thing
// of hers that ends so ("o retrato da MARIA", "o prato da ANA").
const ITALIAN_PARTICIPLE = /^\p{L}{2,}(?:at|it|ut)[aoie]$/u;
const PORTUGUESE_THINGS = new Set('retrato retratos prato pratos sapato sapatos contrato relato contato batata gravata lata data'.split(' '));

/** Whether the name at `start` owns what stands before it, or is talked of, in a Romance language. */
const isRomanceMention = (before: string): boolean => {
  const of = ROMANCE_OF.exec(before);
  if (of === null) return false;
  const word = (of[1] ?? '').toLowerCase();
  if (ROMANCE_WITH_THEM.has(word)) return false;
  return !(of[2]?.toLowerCase() === 'da' && (ITALIAN_TO_THEM.has(word) || (ITALIAN_PARTICIPLE.test(word) && !PORTUGUESE_THINGS.has(word))));
};

/**
 * Whether a name found in action at `start`–`end` of `text` puts the character in the scene: speaking, acting,
 * being seen ("MARIA enters", "Maria's hand trembles"). A possessive of a belonging ("MARIA's car is parked
 * outside", 지수의 가방, さくらの部屋, "la voiture de Maria", "o carro do PEDRO") and talk about them ("They talk about
 * JOHN", "a photo of Maria", "Parlano di MARCO") are mentions, not presence. A name written several times is present when any one of them is.
 *
 * @example
 * isPresence("MARIA's car is parked outside.", 0, 5)  // false
 * isPresence("MARIA's hand trembles.", 0, 5)          // true
 */
export const isPresence = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 40), start);
  if (TOPIC_BEFORE.test(before) || isRomanceMention(before)) return false;
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
