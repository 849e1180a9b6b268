import { readShotLine } from '@pc/fountain';
import { hasAgeAfterComma } from './introductions.js';
import { collapse } from './text.js';

/**
 * A person the action introduces in capitals without an age in parentheses, as writers introduce
 * most people: "MARIA, soaked to the skin, bursts in", "Behind the bar, OWEN polishes a glass",
 * "Her brother TOMAS sits alone", "LEO, 8, in pyjamas". Capitals are also how a script writes a
 * sound (THUNDER rolls, BANG), a prop (A SCOOTER pulls up), a ship (the MARISOL turns away),
 * on-screen text (SUPER:), an acronym (CCTV blinks) and a camera word, so a name counts only where
 * a person's name stands — opening a sentence, after a comma, a conjunction or a relation ("her
 * brother") and never after an article — and only when what follows says a person: an age after a
 * comma, a description set off by commas before a verb, or a verb ("steps", "slowly turns").
 */
// One to three words in capitals (DR. O'NEIL, MARY-KATE, JEAN LUC PICARD); never the middle of a longer run of capitals.
const RUN = /(?<![\p{L}\p{N}'’#.-])(?<!\p{Lu}[\p{Lu}'’.-]*[ \u00A0])((?:\p{Lu}[\p{Lu}'’.-]*[ \u00A0]){0,2}\p{Lu}[\p{Lu}'’-]*\p{Lu})(?![\p{L}\p{N}'’#-])(?![ \u00A0]?\p{Lu})/gu;

// Where a name stands: a sentence's start, after a comma or colon, a conjunction, a preposition of place, or a
// relation ("her brother TOMAS", "his wife, JEAN,").
const BEFORE =
  /(?:^|[.!?:;—–]["”’)]?\s+|,\s+|\b(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ww]hile|[Aa]s|[Ww]hen|[Ww]here|[Uu]ntil|[Bb]efore|[Aa]fter|[Ww]ith|[Bb]eside|[Bb]ehind|[Nn]ear|[Oo]pposite|[Ff]ollowed by|[Nn]amed|[Cc]alled|brother|sister|mother|father|son|daughter|wife|husband|partner|friend|boss|uncle|aunt|cousin|grandmother|grandfather|grandson|granddaughter|boyfriend|girlfriend|fiancée?|colleague|neighbou?r|assistant|deputy|lawyer|landlord|landlady|niece|nephew)\s+)$/u;

// After the name, a person: "MARIA, soaked to the skin, bursts in" (a description between commas, then a verb), or
// "OWEN polishes", "MARIA slowly turns", "HOLLIS is" (a verb in the present, an adverb allowed before it).
const DESCRIBED = /^,[ \u00A0]+(?:his|her|their|the|a|an|\p{Ll})[^,.;!?]{0,80},[ \u00A0]+(?:\p{Ll}+ly[ \u00A0]+)?\p{Ll}+(?:s|es)\b/u;
const ACTING = /^[ \u00A0]+(?:\p{Ll}+ly[ \u00A0]+)?(?:is|has|\p{Ll}{2,}s\b(?<!ss|us|is))/u;

// Capitals that are not names though they stand and act like one: sounds and weather, what the screen shows, the
// camera, transitions, page furniture, acronyms. A word of consonants only (CCTV, NHS) is never a name either.
const NOT_A_NAME = new Set(
  `THUNDER LIGHTNING RAIN WIND SILENCE STATIC MUSIC NOISE SOUND SIREN SIRENS ALARM ALARMS GUNFIRE GUNSHOT GUNSHOTS
  EXPLOSION FOOTSTEPS BANG BOOM CRASH SLAM SMASH THUD THWACK WHAM CLICK CLUNK KNOCK RING BUZZ BEEP HONK SCREECH
  CRACK POP SNAP WHOOSH RUMBLE ROAR SCREAM SCREAMS SHOT SHOTS FIRE SMOKE DARKNESS LIGHT LIGHTS BLACKOUT SUPER TITLE
  SUBTITLE CAPTION CHYRON CARD INSERT TEXT SIGN NOTE ANGLE POV CLOSE WIDE CUT FADE DISSOLVE INTERCUT MONTAGE FLASHBACK
  CONTINUED CONT'D MORE END BACK LATER SAME DAY NIGHT FBI CIA NSA DEA ATF KGB MI5 MI6 LAPD NYPD SWAT EMT ICU ER GPS
  SUV ATM CEO TV DJ MC ID OK UN USA US UK EU BBC CNN DNA FAQ PA TANNOY RADIO PHONE SCREEN VOICE VOICES`.split(/\s+/u),
);
const ARTICLES = new Set(['A', 'AN', 'THE']);
const VOWEL = /[AEIOUÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜÃÕÅÆØŒY]/u;

const isName = (run: string): boolean => {
  const words = run.split(/[ \u00A0]/u);
  // "A CAR idles", "THE STRANGER waits": an article says a thing or a kind, not a name.
  if (ARTICLES.has(words[0]!)) return false;
  return words.every((word) => VOWEL.test(word) && !NOT_A_NAME.has(word.replace(/[.'’]+$/u, ''))) && readShotLine(run) === null;
};

/** The names the action introduces in capitals without an age in parentheses, in order, once each. */
export const readNamedInCapitals = (action: string): string[] => {
  const found: string[] = [];
  for (const line of action.split('\n')) {
    // A line in capitals is a sentence in capitals (THE DOOR SLAMS), a shot or a transition, not names.
    if (line === line.toUpperCase()) continue;
    for (const match of line.matchAll(RUN)) {
      const run = match[1]!;
      const after = line.slice(match.index + run.length);
      // An age is the surest sign, wherever the name stands ("Two COPS drag GETHIN, 20s, out"); else where a name stands.
      const aged = hasAgeAfterComma(after);
      const name = collapse(aged ? run.replace(/^(?:A|AN|THE)[ \u00A0]+/u, '') : run);
      if (!isName(name) || (!aged && !(BEFORE.test(line.slice(0, match.index)) && (DESCRIBED.test(after) || ACTING.test(after))))) continue;
      if (!found.includes(name)) found.push(name);
    }
  }
  return found;
};
