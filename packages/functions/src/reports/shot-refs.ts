import { compareProductionNumbers } from '@pc/graph';
import { shotRefSchema, type ShotRef } from '../shot/shot-ref.js';
import type { UpstreamNode } from '../types.js';

/**
 * The ShotRefs (`shotRef` outputs) of the Shots wired into a port, each Shot once. A Shot
 * without that output (it has not run, or an older version ran) is counted in `missing`.
 */
export const readShotRefs = (nodes: readonly UpstreamNode[]): { shots: ShotRef[]; missing: string[] } => {
  const shots = new Map<string, ShotRef>();
  const missing: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'shot' || shots.has(node.nodeId)) continue;
    const parsed = shotRefSchema.safeParse(node.outputs['shot']);
    if (parsed.success) shots.set(node.nodeId, parsed.data);
    else if (!missing.includes(node.nodeId)) missing.push(node.nodeId);
  }
  return { shots: [...shots.values()].sort(byStoryOrder), missing: missing.sort() };
};

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Story order, as an editor cuts: by scene (Order, then number; shots without a scene
 * last), then by shot (Order, then number), then id so ties never depend on wiring order.
 */
export const byStoryOrder = (a: ShotRef, b: ShotRef): number => {
  if (a.scene === null || b.scene === null) {
    if (a.scene !== b.scene) return a.scene === null ? 1 : -1;
  } else {
    const scene =
      a.scene.order - b.scene.order || compareProductionNumbers(a.scene.sceneNumber, b.scene.sceneNumber) || compareIds(a.scene.nodeId, b.scene.nodeId);
    if (scene !== 0) return scene;
  }
  return a.order - b.order || compareProductionNumbers(a.shotNumber, b.shotNumber) || compareIds(a.nodeId, b.nodeId);
};

/**
 * "SC012_SH012A", "SCA012_SHA012B", "SCI-001-A_SHI-001-AB": the clip name editors relink by;
 * the scene's digits padded to three, after any act and prefix letters.
 */
export const clipName = (shot: ShotRef, index: number): string => {
  const padded = (number: string) =>
    number.replace(/^((?:(?:[0-9]+|[IVX]+)-)*)([A-Z]{0,2})([0-9]+)/, (_, acts: string, prefix: string, digits: string) => `${acts}${prefix}${digits.padStart(3, '0')}`);
  const scene = shot.scene?.sceneNumber ? `SC${padded(shot.scene.sceneNumber)}` : 'SC000';
  const number = shot.shotNumber ? padded(shot.shotNumber) : String(index + 1).padStart(3, '0');
  return `${scene}_SH${number}`;
};
