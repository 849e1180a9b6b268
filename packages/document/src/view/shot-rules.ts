import { describeNode, type GraphEdge, type GraphNode } from '@pc/graph';
import type { DocumentIssue } from './derive-view.js';

/*
 * The Shot/Scene continuity rules of packages/graph (validate/casting.ts), on the visible
 * edges. They are restated here because `validateGraph` also parses every node's fields
 * (~80 ms for 2,000 nodes), too slow to run on each change; the derive-view tests check
 * that both agree. Replace with a graph export once it offers a structure-only pass.
 */

type NodeLike = Pick<GraphNode, 'id' | 'type' | 'data'>;

/** Shots without a Scene, and Characters in frame not cast in the Shot's Scene. */
export const findShotIssues = (nodes: ReadonlyMap<string, NodeLike>, edges: readonly GraphEdge[]): DocumentIssue[] => {
  const cast = new Set<string>(); // "sceneId characterId": ids never contain spaces
  const sceneOf = new Map<string, NodeLike>();
  const inFrame = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) continue;
    if (source.type === 'character' && edge.sourceHandle === 'character' && target.type === 'scene' && edge.targetHandle === 'characters') {
      cast.add(`${target.id} ${source.id}`);
    }
    if (target.type === 'shot' && edge.targetHandle === 'scene' && source.type === 'scene' && edge.sourceHandle === 'scene') {
      if (!sceneOf.has(target.id)) sceneOf.set(target.id, source);
    }
    if (target.type === 'shot' && edge.targetHandle === 'characters' && source.type === 'character' && edge.sourceHandle === 'character') {
      inFrame.set(target.id, [...(inFrame.get(target.id) ?? []), edge]);
    }
  }

  const issues: DocumentIssue[] = [];
  const shots = [...nodes.values()].filter((node) => node.type === 'shot').sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const shot of shots) {
    const scene = sceneOf.get(shot.id);
    if (!scene) {
      issues.push({
        code: 'shot_missing_scene',
        severity: 'error',
        message: `${describeNode(shot as GraphNode)} is not part of a scene yet; link a Scene to its Scene input.`,
        nodeId: shot.id,
        hidden: false,
      });
      continue;
    }
    for (const edge of inFrame.get(shot.id) ?? []) {
      if (cast.has(`${scene.id} ${edge.source}`)) continue;
      const name = describeNode(nodes.get(edge.source) as GraphNode);
      issues.push({
        code: 'shot_character_not_cast',
        severity: 'error',
        message: `${describeNode(shot as GraphNode)} shows ${name}, who is not cast in ${describeNode(scene as GraphNode)}; add ${name} to the scene’s cast or remove them from the shot.`,
        nodeId: shot.id,
        edgeId: edge.id,
        hidden: false,
      });
    }
  }
  return issues;
};
