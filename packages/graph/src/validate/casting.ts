import { describeNode } from '../describe.js';
import type { GraphDocument } from '../document.js';
import { getIncomingEdges, getShotScene, type GraphIndex } from '../graph-index.js';
import type { ValidationIssue } from '../issues.js';

/**
 * Continuity rules between Shots and their Scene. Both are unfinished work rather than a
 * broken document (see `isBlockingIssue`): they are saved, shown on the Shot, and block runs.
 */
export const validateCasting = (doc: GraphDocument, graph: GraphIndex): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const cast = new Set<string>(); // "sceneId characterId": ids never contain spaces
  for (const edge of doc.edges) {
    if (edge.sourceHandle !== 'character' || edge.targetHandle !== 'characters') continue;
    if (graph.nodes.get(edge.source)?.node.type !== 'character' || graph.nodes.get(edge.target)?.node.type !== 'scene') continue;
    cast.add(`${edge.target} ${edge.source}`);
  }

  for (const [shotId, { node: shot, index }] of graph.nodes) {
    if (shot.type !== 'shot') continue;
    const scene = getShotScene(graph, shotId);
    if (!scene) {
      issues.push({
        code: 'shot_missing_scene',
        severity: 'error',
        message: `${describeNode(shot)} is not part of a scene yet; link a Scene to its Scene input.`,
        nodeId: shotId,
        path: ['nodes', index],
      });
      continue;
    }
    for (const { edge, index: edgeIndex } of getIncomingEdges(graph, shotId, 'characters')) {
      const character = graph.nodes.get(edge.source)?.node;
      if (character?.type !== 'character' || edge.sourceHandle !== 'character') continue;
      if (cast.has(`${scene.id} ${character.id}`)) continue;
      const name = describeNode(character);
      issues.push({
        code: 'shot_character_not_cast',
        severity: 'error',
        message: `${describeNode(shot)} shows ${name}, who is not cast in ${describeNode(scene)}; add ${name} to the scene’s cast or remove them from the shot.`,
        nodeId: shotId,
        edgeId: edge.id,
        path: ['edges', edgeIndex],
      });
    }
  }
  return issues;
};
