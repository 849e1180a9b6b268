// English transitions end "TO:" (or go to black: SMASH CUT TO BLACK.); scripts written in Spanish and French name theirs so:
// CORTE A:, FUNDIDO A NEGRO., FONDU AU NOIR., COUPE FRANCHE:; in German ABBLENDE. (fade out), SCHNITT: and ÜBERBLENDUNG:;
// in Italian STACCO SU:, DISSOLVENZA IN NERO. and DISSOLVENZA IN CHIUSURA. (fade out); in Portuguese CORTA PARA: and FUSÃO PARA:;
// in Russian СМЕНА КАДРА: (cut), СКЛЕЙКА:, НАПЛЫВ: (dissolve) and ЗТМ. / ЗАТЕМНЕНИЕ. (fade out).
const TRANSITION =
  /^(?:[^a-z]*TO:|FADE OUT\.?|(?:(?:SMASH|HARD|QUICK|MATCH) )?(?:FADE|CUT|DISSOLVE|SMASH) TO (?:BLACK|WHITE)\.?|(?:CORTE|FUNDIDO|FUNDE|DISUELVE|ENCADENA|ENCADENADO) A:|FUNDIDO A NEGRO\.|FONDU AU NOIR\.|FONDU ENCHAÎNÉ:|COUPE FRANCHE:|ABBLENDE(?: AUF SCHWARZ)?\.?|(?:SCHNITT|ÜBERBLENDE|ÜBERBLENDUNG)(?: (?:AUF|ZU))?:|(?:STACCO|DISSOLVENZA) (?:SU|A):|DISSOLVENZA IN (?:NERO|CHIUSURA)\.?|(?:CORTA|CORTE|FUSÃO) PARA:|СМЕНА КАДРА[:.]?|СКЛЕЙКА[:.]?|НАПЛЫВ[:.]?|ЗТМ\.?|ЗАТЕМНЕНИЕ\.?)$/u;

/**
 * Whether a trimmed line's words are a transition (`CUT TO:`, `FADE OUT.`, `SMASH CUT TO BLACK.`,
 * `CORTE A:`); where it stands (between blank lines, centred) is the reader's business.
 */
export const isTransitionText = (trimmed: string): boolean => TRANSITION.test(trimmed);
