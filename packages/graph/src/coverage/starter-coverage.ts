import { continuityModelFromGraph } from '../continuity/model-from-graph.js';
import type { ContinuityCharacter } from '../continuity/model.js';
import { describeNode } from '../describe.js';
import type { GraphDocument, GraphNode } from '../document.js';
import type { ShotFields } from '../catalogue/shot.js';
import { shotNumberPattern } from '../catalogue/production-numbers.js';
import { shotLetterIndex, shotLetters } from './shot-letters.js';

/** One suggested shot: its fields and what to wire into it. */
export interface SuggestedShot {
  data: Partial<ShotFields>;
  /** Characters in frame (all cast in the scene). */
  characterIds: string[];
  /** Hero props in frame. */
  propIds: string[];
}

export type StarterCoverage =
  | { ok: true; scene: GraphNode; shots: SuggestedShot[] }
  | { ok: false; code: 'node_not_found' | 'invalid_field' | 'nothing_to_do'; reason: string };

const nameOf = (character: ContinuityCharacter): string => character.names[0] ?? 'UNNAMED';
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The coverage a 1st AD would start a scene with (the user edits it afterwards):
 * - a wide master of everyone cast (WS, eye level, 24 mm);
 * - a single (MCU, 50 mm) of each speaking character;
 * - for a two-hander (exactly two speakers), an over-the-shoulder pair, each over the other;
 * - with two characters cast and nobody speaking, a two-shot instead;
 * - an insert (85 mm) of each hero prop linked to the scene.
 *
 * Speakers are the cast links marked speaking and the speakers of the scene's Dialogue
 * nodes. A suggestion the scene already has (same type, same characters, same props) is
 * left out. Shots are numbered from the scene number, continuing after its highest
 * letter (12A, 12B … skipping I and O), never reusing a number of the graph, and ordered
 * after its last shot.
 */
export const suggestStarterCoverage = (doc: GraphDocument, sceneId: string): StarterCoverage => {
  const scene = doc.nodes.find((node) => node.id === sceneId);
  if (scene?.type !== 'scene') return { ok: false, code: 'node_not_found', reason: 'Starter coverage is made for a Scene.' };
  const sceneNumber = typeof scene.data['sceneNumber'] === 'string' ? scene.data['sceneNumber'] : '';
  if (sceneNumber === '') return { ok: false, code: 'invalid_field', reason: `Give ${describeNode(scene)} a scene number first: shots are numbered from it.` };
  // 12ABC + A is four letters, 12I + A has an I: no shot number can follow.
  if (!shotNumberPattern.test(`${sceneNumber}A`)) {
    return { ok: false, code: 'invalid_field', reason: `Shots are numbered from the scene number, and ${sceneNumber} leaves no room for a shot letter: give ${describeNode(scene)} a shorter number.` };
  }

  const model = continuityModelFromGraph(doc);
  const covered = model.scenes.find((candidate) => candidate.id === sceneId);
  const cast = [...(covered?.cast ?? [])].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
  const speakers = cast.filter((character) => covered?.speakers.some((name) => character.names.includes(name)));
  const heroProps = doc.edges
    .filter((edge) => edge.target === sceneId && edge.targetHandle === 'props' && edge.sourceHandle === 'prop')
    .map((edge) => doc.nodes.find((node) => node.id === edge.source))
    .filter((node): node is GraphNode => node?.type === 'prop' && node.data['importance'] === 'hero')
    .filter((node, index, all) => all.indexOf(node) === index);

  const ids = (characters: readonly ContinuityCharacter[]) => characters.map((character) => character.id);
  const wanted: SuggestedShot[] = [
    {
      data: { shotType: 'master', shotSize: 'WS', angle: 'eye', lensMm: 24, description: 'Master: the whole scene, wide.' },
      characterIds: ids(cast),
      propIds: [],
    },
    ...speakers.map((character) => ({
      data: { shotType: 'single' as const, shotSize: 'MCU' as const, lensMm: 50, description: `Single on ${nameOf(character)}.` },
      characterIds: [character.id],
      propIds: [],
    })),
  ];
  const [first, second] = speakers;
  if (speakers.length === 2 && first && second) {
    for (const [onto, over] of [[first, second], [second, first]] as const) {
      wanted.push({
        data: { shotType: 'OTS', shotSize: 'MS', lensMm: 50, description: `Over ${nameOf(over)}’s shoulder onto ${nameOf(onto)}.` },
        characterIds: [onto.id, over.id],
        propIds: [],
      });
    }
  }
  if (speakers.length === 0 && cast.length === 2) {
    wanted.push({ data: { shotType: 'two-shot', shotSize: 'MS', lensMm: 35, description: `Two-shot: ${cast.map(nameOf).join(' and ')}.` }, characterIds: ids(cast), propIds: [] });
  }
  for (const prop of heroProps) {
    const name = typeof prop.data['name'] === 'string' && prop.data['name'].trim() !== '' ? prop.data['name'].trim() : 'the prop';
    wanted.push({ data: { shotType: 'insert', shotSize: 'INSERT', lensMm: 85, description: `Insert: ${name}.` }, characterIds: [], propIds: [prop.id] });
  }

  // What the scene already has: each shot's type, characters and props.
  const existing = model.shots.filter((shot) => shot.sceneId === sceneId);
  const existingProps = (shotId: string) => doc.edges.filter((edge) => edge.target === shotId && edge.targetHandle === 'props').map((edge) => edge.source);
  const fresh = wanted.filter(
    (suggestion) =>
      !existing.some(
        (shot) => shot.shotType === suggestion.data.shotType && sameSet(ids(shot.characters), suggestion.characterIds) && sameSet(existingProps(shot.id), suggestion.propIds),
      ),
  );
  if (fresh.length === 0) return { ok: false, code: 'nothing_to_do', reason: `${describeNode(scene)} already has its starter coverage.` };

  const taken = new Set(model.shots.map((shot) => shot.shotNumber));
  let letter = Math.max(-1, ...existing.map((shot) => (shot.shotNumber.startsWith(sceneNumber) ? shotLetterIndex(shot.shotNumber.slice(sceneNumber.length)) : -1))) + 1;
  let order = Math.max(0, ...existing.map((shot) => shot.order));
  const shots = fresh.map((suggestion) => {
    while (taken.has(`${sceneNumber}${shotLetters(letter)}`)) letter += 1;
    const shotNumber = `${sceneNumber}${shotLetters(letter)}`;
    taken.add(shotNumber);
    letter += 1;
    order += 1;
    return { ...suggestion, data: { shotNumber, order, ...suggestion.data } };
  });
  return { ok: true, scene, shots };
};
