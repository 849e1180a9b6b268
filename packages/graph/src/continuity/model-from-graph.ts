import { describeNode } from '../describe.js';
import type { GraphDocument, GraphNode } from '../document.js';
import { getIncomingEdges, getShotScene, indexGraph, type GraphIndex } from '../graph-index.js';
import { canonicalCharacterName, type ContinuityCharacter, type ContinuityModel, type ContinuityScene, type ContinuityShot } from './model.js';

/* Field reads are defensive: the canvas checks documents that may hold invalid values. */
const readText = (node: GraphNode, field: string, fallback = ''): string => {
  const value = node.data[field];
  return typeof value === 'string' ? value : fallback;
};
const readNumber = (node: GraphNode, field: string): number | null => {
  const value = node.data[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

const toCharacter = (node: GraphNode): ContinuityCharacter => {
  const aliases = Array.isArray(node.data['aliases']) ? node.data['aliases'].filter((alias): alias is string => typeof alias === 'string') : [];
  const names = [readText(node, 'name'), ...aliases].map(canonicalCharacterName).filter((name) => name !== '');
  return { id: node.id, names: [...new Set(names)] };
};

/** Nodes of `type` linked from their `sourceHandle` output into `nodeId`'s `handle` input, each once. */
const linked = (graph: GraphIndex, nodeId: string, handle: string, type: string, sourceHandle: string): { node: GraphNode; speaking: boolean }[] => {
  const seen = new Map<string, { node: GraphNode; speaking: boolean }>();
  for (const { edge } of getIncomingEdges(graph, nodeId, handle)) {
    const source = graph.nodes.get(edge.source)?.node;
    if (source?.type !== type || edge.sourceHandle !== sourceHandle) continue;
    const speaking = edge.data?.speaking === true || seen.get(source.id)?.speaking === true;
    seen.set(source.id, { node: source, speaking });
  }
  return [...seen.values()];
};

/** Speakers of a scene on the canvas: cast links marked speaking, and the speakers of Dialogue nodes in it. */
const readSpeakers = (graph: GraphIndex, scene: GraphNode, cast: { node: GraphNode; speaking: boolean }[]): string[] => {
  const names = cast.filter((member) => member.speaking).map((member) => toCharacter(member.node).names[0] ?? '');
  for (const { edge } of graph.outgoing.get(scene.id) ?? []) {
    const dialogue = graph.nodes.get(edge.target)?.node;
    if (dialogue?.type !== 'dialogue' || edge.targetHandle !== 'scene') continue;
    for (const speaker of linked(graph, dialogue.id, 'speaker', 'character', 'character')) names.push(toCharacter(speaker.node).names[0] ?? '');
  }
  return [...new Set(names.filter((name) => name !== ''))].sort();
};

const toScene = (graph: GraphIndex, node: GraphNode): ContinuityScene => {
  const cast = linked(graph, node.id, 'characters', 'character', 'character');
  const wardrobe = linked(graph, node.id, 'props', 'prop', 'prop')
    .filter(({ node: prop }) => readText(prop, 'category') === 'wardrobe')
    .map(({ node: prop }) => ({ id: prop.id, item: readText(prop, 'name').trim(), characterName: canonicalCharacterName(readText(prop, 'character')) }));
  return {
    id: node.id,
    label: describeNode(node),
    order: readNumber(node, 'order') ?? 0,
    sceneNumber: readText(node, 'sceneNumber'),
    storyDay: readNumber(node, 'storyDay'),
    cast: cast.map((member) => toCharacter(member.node)),
    speakers: readSpeakers(graph, node, cast),
    wardrobe,
  };
};

const toShot = (graph: GraphIndex, node: GraphNode): ContinuityShot => ({
  id: node.id,
  label: describeNode(node),
  shotNumber: readText(node, 'shotNumber'),
  order: readNumber(node, 'order') ?? 0,
  sceneId: getShotScene(graph, node.id)?.id ?? null,
  characters: linked(graph, node.id, 'characters', 'character', 'character').map((member) => toCharacter(member.node)),
  shotSize: readText(node, 'shotSize', 'MS'),
  shotType: readText(node, 'shotType', 'single'),
  angle: readText(node, 'angle', 'eye'),
  screenDirection: readText(node, 'screenDirection', 'none'),
});

/**
 * The continuity model of a whole graph: every Scene and Shot. Speakers are the cast links
 * marked speaking (as Fountain import sets them) and the speakers of Dialogue nodes in the
 * scene; the Continuity Check node also reads the speakers of each scene's script.
 *
 * @remarks O(nodes + edges). Values missing from a node read as the catalogue's defaults.
 */
export const continuityModelFromGraph = (doc: GraphDocument): ContinuityModel => {
  const graph = indexGraph(doc);
  const scenes: ContinuityScene[] = [];
  const shots: ContinuityShot[] = [];
  for (const { node } of graph.nodes.values()) {
    if (node.type === 'scene') scenes.push(toScene(graph, node));
    else if (node.type === 'shot') shots.push(toShot(graph, node));
  }
  return { scenes, shots };
};
