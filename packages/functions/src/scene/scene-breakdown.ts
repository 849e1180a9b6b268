import { normalizeNodeData, propCategories, type PropFields } from '@pc/graph';
import { elementDirection, parseFountain, sceneDirection } from '@pc/fountain';
import { withStagePlaySpeeches } from '@pc/screenplay';
import { toPropRef } from '../prop/prop-ref.js';
import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { collapse, formatClock } from '../format.js';
import type { JsonValue, NodeFunction, UpstreamNode } from '../types.js';
import { renderBreakdownMarkdown } from './breakdown-markdown.js';
import { buildCast, castNames, type CastMember } from './cast.js';
import { readExtras, type ExtrasEntry } from './extras.js';
import { readMontages, type Montage } from './montage.js';
import { readDialogueLines, type DialogueLine } from './dialogue.js';
import { formatSceneHeading } from './heading.js';
import { formatEighths, measureScene } from './timing.js';
import { readLinkedLocation, readLinkedStyle } from '../settings-context.js';

/** A scene's breakdown: what the sheet shows and what reports aggregate. */
export interface SceneBreakdown {
  [key: string]: JsonValue;
  sceneNumber: string;
  heading: string;
  storyDay: number | null;
  synopsis: string;
  transitionOut: string;
  /** "1 4/8" */
  pageLength: string;
  eighths: number;
  /** "1:05" */
  duration: string;
  durationMs: number;
  dialogue: DialogueLine[];
  cast: CastMember[];
  /** Extras / Atmosphere the action calls for (`TWO COPS (20s)`, `PASSENGERS`), with a count when the script gives one. */
  extras: ExtrasEntry[];
  /** Montages and series of shots in the scene, each beat a setup of its own (`montage.ts`). */
  montages: Montage[];
  /** Linked Props by breakdown category (prop, wardrobe, vehicle …), each list by name. */
  elements: Record<string, BreakdownElement[]>;
}

/** A Prop in a scene's breakdown. */
export interface BreakdownElement {
  [key: string]: string;
  propId: string;
  name: string;
  importance: string;
  character: string;
}

/** Linked Props grouped by category in catalogue order; a Prop linked twice counts once. */
const readElements = (nodes: readonly UpstreamNode[]): Record<string, BreakdownElement[]> => {
  const seen = new Set<string>();
  const elements: Record<string, BreakdownElement[]> = {};
  for (const node of nodes) {
    const normalized = node.type === 'prop' && !seen.has(node.nodeId) ? normalizeNodeData('prop', node.data) : null;
    if (!normalized?.ok) continue;
    seen.add(node.nodeId);
    const prop = toPropRef(node.nodeId, normalized.data as PropFields);
    (elements[prop.category] ??= []).push({ propId: prop.nodeId, name: prop.name, importance: prop.importance, character: prop.character });
  }
  const ordered: Record<string, BreakdownElement[]> = {};
  for (const category of propCategories) {
    const list = elements[category];
    if (list) ordered[category] = list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.propId < b.propId ? -1 : 1));
  }
  return ordered;
};

/**
 * Scene → `sceneBreakdown`: heading, dialogue lines parsed from the script, page length
 * in eighths, estimated duration, extras, cast (linked characters and speakers, flagged when
 * they disagree; a shared cue "DAN & JACK" or "MARA/BEN" counts for each, v4–5), the linked Props by category (v3), and the breakdown sheet as JSON and Markdown. v6: a PDF export's page furniture ((MORE), CONTINUED:, page numbers) is not dialogue, and text is read as NFC. v7: INTERCUT WITH:, BACK TO SCENE, END INTERCUT… are
 * transitions (timed as one, not as action), in an intercut scene the other end's linked cast is not flagged, a
 * capitals action line of six words or more is not a cue, ACT ONE / SCENE A lines are sections (not timed). v9: a centred `> INTERCUT WITH: <` or `> BACK TO SCENE <` makes the scene an intercut too. v10: capitals in emphasis over a line of action (`**THE DOOR SLAMS**`) are action, not a speaker; a cue without case (李明) is one; `SMASH CUT TO BLACK.` is a transition; a PDF's two-column dual dialogue is two speakers and a revised page's header, its margin asterisks and OMITTED lines are page furniture; dual dialogue is timed at its longer speech, not both. v11: a montage's opening line over its beats (`BEGIN MONTAGE`, `SERIES OF SHOTS`) is action, not a speaker; in a script without case a short line of action right above a cue is action. A verse of `~` lyrics under one cue is one sung line; a full-width parenthetical (（小声で）) is a parenthetical; a linked Korean or Chinese character the action names with a particle (민호가) or inside a sentence (李明走进来) is in the action, and so is a titled one named without the title (O'Neil for DR. O'NEIL). v12: a cast member whose every line is heard and not seen
 * ((V.O.), (ON PHONE), (PRE-LAP), (FILTERED), (into phone) …) is `voiceOnly`: not needed on set. v13: `extras`, the Extras / Atmosphere the action calls for
 * (`TWO COPS (20s)`, `PASSENGERS`, `a WAITER`, `A CROWD of commuters`) with a count when the script gives one. v14: a caseless line ending mid-sentence (お母さん、) is speech, not a cue. v15: extras written in lower case where the sentence is about them (`Commuters hurry past`, `two nurses`, `a crowd of fans`, `Two police officers`); German, Italian and Portuguese transitions (`ABBLENDE.`, `STACCO SU:`, `CORTA PARA:`) are timed as transitions; Japanese and Chinese count a word for each two characters and wide characters take two columns, in duration and eighths. v16: a device that speaks (`RADIO (V.O.)`, `CAR RADIO`, `TANNOY`) is voice-only though the action shows it (`A radio crackles`), and so is a Fountain cue `Ｎ`, the narrator ナレーター; extras counted in German, French, Spanish, Italian or Portuguese (`Zwei Hafenarbeiter`, `Deux gendarmes`, `Dos policías`, `Due carabinieri`, `Duas enfermeiras`); page eighths to the nearest eighth (at least 1/8), not rounded up: a heading and one line is 1/8; a speech continued straight after with (CONT'D) — over a page break — is heard as it began (`(PRE-LAP)` … `(CONT'D)` keeps PRE-LAP in its extensions). v17: a character the action names only as an owner (`MARIA's car`, `ケンのベンチ`) or a topic (`They
 * talk about JOHN`) is not in the action — `Maria's hand` is; extras without a number in French, Spanish, Italian,
 * Portuguese and German (`Des passants`, `Unos clientes`, `alguns turistas`, `Passanten eilen vorbei`) and in Japanese
 * and Korean (`通行人`, `客たち`, `群衆`, `三人の警官`; `행인들이`, `손님 두 명`); `PASSERS-BY` and `Passers-by stop`; `DISSOLVENZA IN CHIUSURA.` is a transition. v18: a scene written `NAME: speech` throughout
 * (a stage play or radio play pasted in) reads as cues and dialogue (`SUPER:`, `NOTE:`, `SFX:` stay action). v19: `montages`, each
 * montage or series of shots in the scene with its beats (`BEGIN MONTAGE` … `END MONTAGE`, `SERIES OF SHOTS - THE FLOOD`, a
 * heading `.MONTAGE - …`); `REGULARS` are extras. v20: counted extras less those of their kind the cast numbers
 * (`손님 두 명` beside a speaking `손님1` is one extra, `TWO COPS` beside `COP #2` one). v21: a short line of Chinese action directly above
 * text (`窗外下着雨`, `一辆出租车停下`, `李明转身离开` where 李明 speaks) is action, not a speaker of the text under it; a name after de, di, do, da in French, Spanish, Italian or Portuguese
 * action is an owner or a topic, not in the action (`la voiture de Maria`, `Parlano di MARCO`; `la voz de JUAN` is); extras by what they do and which kind, beyond
 * the word list (`a few dog walkers`, `Two delivery riders`, `Smokers`, `Several florists`). v22: Italian `da` before a
 * person is to or by them (`corre da Marco`, `fermata da MARCO`): in the action; a short line of Chinese action ending in a
 * common verb (`王芳沉默`, `她转身`) is not a speaker of the text under it, though its subject never speaks; a person
 * described in capitals with no name is one extra, a silent bit (`a WOMAN IN A FUR HAT`, `a FIGURE in a yellow oilskin`,
 * `A TICKET INSPECTOR`), unless the action says who they are (`: detective McCLANE`, `It is the director, VASCO PIRES`). A Russian
 * script: (З.К.) is voice-only, (ПРОД.) continues a speech, `СМЕНА КАДРА:` and `ЗТМ.` are transitions, `Двое РАБОЧИХ`
 * and `УЧЕНИКИ` are extras. v23: a message machine (`MESSAGE MACHINE`, `ANSWER MACHINE`) and a cue that is a voice (`VOICE`,
 * `MALE VOICE`) are voice-only, devices heard, whatever the action shows. v24: a group the writer puts the reader in
 * ("those of us in the audience", "we, the crowd,") is an aside, not extras. v25: one person by kind in capitals after
 * a singular indefinite article, alone, is one extra in Spanish, Italian, German, French and Portuguese as `a WAITER` is in
 * English (`Una ENFERMERA`, `Eine KELLNERIN`, `Um GUARDA`), unless the cast names them. The `scene` output also
 * carries the linked Location and Style, for the Scene's Shots.
 */
export const sceneBreakdown: NodeFunction<'scene'> = {
  name: 'sceneBreakdown',
  nodeType: 'scene',
  version: 25,
  description: 'Heading, dialogue, page eighths, estimated duration, cast check, elements and breakdown sheet.',
  async run({ node, upstream }, { signal }) {
    const scene = node.data;
    // 1. Parse the script; 2. read dialogue; 3. measure; 4. match the cast.
    // A scene written `NAME: speech` throughout (a stage play pasted in) reads as the cues and dialogue it means.
    const { elements } = parseFountain(withStagePlaySpeeches(scene.scriptText));
    const dialogue = readDialogueLines(elements);
    const transitionOut = collapse(scene.transitionOut);
    const timing = measureScene(elements, transitionOut !== '');
    const intercut =
      sceneDirection(transitionOut) !== null || elements.some((element) => elementDirection(element) !== null);
    const cast = buildCast(upstream['characters'] ?? [], elements, dialogue, { intercut });
    const location = readLinkedLocation(upstream);
    const style = readLinkedStyle(upstream);
    signal.throwIfAborted();

    const breakdown: SceneBreakdown = {
      sceneNumber: scene.sceneNumber,
      heading: formatSceneHeading(scene),
      storyDay: scene.storyDay,
      synopsis: scene.synopsis.trim(),
      transitionOut,
      pageLength: formatEighths(timing.eighths),
      eighths: timing.eighths,
      duration: formatClock(timing.durationMs),
      durationMs: timing.durationMs,
      dialogue,
      cast,
      extras: readExtras(elements, castNames(upstream['characters'] ?? [], cast)),
      montages: readMontages(elements, scene),
      elements: readElements(upstream['props'] ?? []),
    };
    return {
      outputs: {
        scene: {
          nodeId: node.id,
          sceneNumber: scene.sceneNumber,
          order: scene.order,
          heading: breakdown.heading,
          // Passed on so a Shot can use its Scene's Location and Style (only when linked).
          ...(location ? { location } : {}),
          ...(style ? { style } : {}),
        },
        breakdown,
      },
      artifacts: [jsonArtifact('breakdown.json', breakdown), markdownArtifact('breakdown.md', renderBreakdownMarkdown(breakdown))],
    };
  },
};
