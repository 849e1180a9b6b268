import type { FountainElement } from '@pc/fountain';
import { cueSpeakers, isNarrator, isPresence, namePattern, withUntitledSpellings } from '@pc/screenplay';
import type { UpstreamNode } from '../types.js';
import { canonicalName } from '../character/identity-block.js';
import type { DialogueLine } from './dialogue.js';
import { isDeviceVoice, isVoiceOnlyLine } from './voice.js';

export type CastFlag = 'speaker_not_linked' | 'linked_not_in_script';

/** One member of a scene's cast, linked on the canvas, found in its script, or both. */
export interface CastMember {
  [key: string]: string | number | boolean | null | string[];
  name: string;
  /** The linked Character node, or null for a speaker nobody linked. */
  characterId: string | null;
  linked: boolean;
  speaks: boolean;
  lineCount: number;
  /** Present in the action: named (any case, whole word), not only as an owner ("MARIA's car") or a topic ("about JOHN"). */
  inAction: boolean;
  /** Every line is heard, not seen ((V.O.), (ON PHONE), (PRE-LAP) …): cast, but not needed on set. */
  voiceOnly: boolean;
  flags: CastFlag[];
}

// Whole words, as the import finds mentions (a Korean name with its particle, a Chinese one inside its sentence), and
// only where they put the character in the scene: not "MARIA's car", nor "They talk about JOHN".
const mentions = (names: readonly string[]) => {
  const alternatives = names.filter((name) => name !== '').map(namePattern);
  if (alternatives.length === 0) return () => false;
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  return (text: string) => [...text.matchAll(pattern)].some((match) => isPresence(text, match.index, match.index + match[0].length));
};

/** A linked Character's name and aliases, in capitals. */
const namesOf = (node: UpstreamNode): string[] => {
  const aliases = Array.isArray(node.data['aliases']) ? node.data['aliases'].map((alias) => canonicalName(String(alias))) : [];
  return [canonicalName(String(node.data['name'] ?? '')), ...aliases].filter((name) => name !== '');
};

/** Every name the cast goes by: the members' and the linked Characters' aliases. */
export const castNames = (linked: readonly UpstreamNode[], cast: readonly CastMember[]): string[] => [
  ...new Set([...cast.map((member) => member.name), ...linked.filter((node) => node.type === 'character').flatMap(namesOf)]),
];

interface Candidate {
  name: string;
  characterId: string | null;
  names: string[];
  /** Position of the first cue or mention in the script; Infinity when absent. */
  first: number;
}

/**
 * The scene's cast: the linked characters and the speakers of its script, matched by
 * canonical name or alias. A shared cue ("DAN & JACK", "ANNA AND BEN") is a line for each
 * of them, as the import reads it, not a character of its own. A speaker whose every line is
 * heard and not seen, and whom the action does not name, is voice-only, and so is a device that speaks (RADIO) and the narrator (Ｎ). Flags a speaker nobody linked and, when the scene has a
 * script, a linked character who neither speaks nor is named in the action (unless the scene
 * is intercut with another, whose text holds the other end's lines). Sorted by
 * first appearance, then by name, so the order never depends on edge order.
 */
export const buildCast = (
  linked: readonly UpstreamNode[],
  elements: readonly FountainElement[],
  dialogue: readonly DialogueLine[],
  { intercut = false }: { intercut?: boolean } = {},
): CastMember[] => {
  const candidates: Candidate[] = linked
    .filter((node) => node.type === 'character')
    .map((node) => ({ name: canonicalName(String(node.data['name'] ?? '')), characterId: node.nodeId, names: namesOf(node), first: Infinity }));
  const bySpeaker = (speaker: string) => candidates.find((candidate) => candidate.names.includes(speaker));
  for (const line of dialogue) {
    for (const speaker of speakersOf(line.speaker)) {
      if (!bySpeaker(speaker)) candidates.push({ name: speaker, characterId: null, names: [speaker], first: Infinity });
    }
  }
  const speaks = (candidate: Candidate, cue: string) => speakersOf(cue).some((speaker) => candidate.names.includes(speaker));

  const hasScript = elements.length > 0;
  // "O'Neil beside her" names the linked DR. O'NEIL, as the import reads it.
  const spellings = withUntitledSpellings(new Map(candidates.map((candidate, index) => [String(index), candidate.names])));
  const members = candidates.map((candidate, index) => {
    const isNamed = mentions(spellings.get(String(index)) ?? candidate.names);
    let inAction = false;
    elements.forEach((element, index) => {
      const cue = element.type === 'character' && speaks(candidate, element.name);
      const named = element.type === 'action' && isNamed(element.text);
      if (named) inAction = true;
      if ((cue || named) && index < candidate.first) candidate.first = index;
    });
    const lines = dialogue.filter((line) => speaks(candidate, line.speaker));
    const lineCount = lines.length;
    const linkedMember = candidate.characterId !== null;
    const flags: CastFlag[] = [];
    if (!linkedMember) flags.push('speaker_not_linked');
    // In an intercut the other end's cast is linked (one scene, both ends' cast) but speaks in the other scene's text.
    if (linkedMember && hasScript && !intercut && lineCount === 0 && !inAction) flags.push('linked_not_in_script');
    const member: CastMember = {
      name: candidate.name,
      characterId: candidate.characterId,
      linked: linkedMember,
      speaks: lineCount > 0,
      lineCount,
      inAction,
      // One line on set ((O.S.) is off camera, on set) puts them on set, and so does the action naming them:
      // "ADA walks fast" then ADA (into phone) is on camera with the phone; MIA (V.O.) over MIA on screen narrates.
      // A RADIO that speaks is heard, though "a radio crackles" puts the set on screen; the narrator (Ｎ) is only heard.
      voiceOnly: lineCount > 0 && (isDeviceVoice(candidate.name) || isNarrator(candidate.name) || (!inAction && lines.every(isVoiceOnlyLine))),
      flags,
    };
    return { member, first: candidate.first };
  });
  members.sort(
    (a, b) =>
      a.first - b.first ||
      compare(a.member.name, b.member.name) ||
      compare(a.member.characterId ?? '', b.member.characterId ?? ''),
  );
  return members.map(({ member }) => member);
};

/** The speakers of a cue; a cue that names nobody (no letter) stays itself. */
const speakersOf = (cue: string): string[] => {
  const speakers = cueSpeakers(cue);
  return speakers.length > 0 ? speakers : [cue];
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
