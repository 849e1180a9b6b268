import { z } from 'zod';
import { audioNode } from './audio.js';
import { breakdownReportNode } from './breakdown-report.js';
import { cameraNode } from './camera.js';
import { characterNode } from './character.js';
import { continuityCheckNode } from './continuity-check.js';
import { dialogueNode } from './dialogue.js';
import { exportNode } from './export.js';
import { locationNode } from './location.js';
import { noteNode } from './note.js';
import { propNode } from './prop.js';
import { sceneNode } from './scene.js';
import { scriptNode } from './script.js';
import { sequenceNode } from './sequence.js';
import { shotListNode } from './shot-list.js';
import { shotNode } from './shot.js';
import { styleNode } from './style.js';
import { timelineNode } from './timeline.js';
import type { NodeTypeDefinition } from './types.js';
import type { PortDefinition } from '../ports.js';

/**
 * The node catalogue. Adding a node type means adding its definition here and its
 * functions in packages/functions; nothing else in the product lists node types.
 */
export const nodeCatalogue = {
  character: characterNode,
  scene: sceneNode,
  shot: shotNode,
  location: locationNode,
  style: styleNode,
  script: scriptNode,
  prop: propNode,
  camera: cameraNode,
  sequence: sequenceNode,
  dialogue: dialogueNode,
  audio: audioNode,
  timeline: timelineNode,
  shotList: shotListNode,
  breakdownReport: breakdownReportNode,
  continuityCheck: continuityCheckNode,
  export: exportNode,
  note: noteNode,
} as const;

export type NodeTypeName = keyof typeof nodeCatalogue;
export const nodeTypeNames = Object.keys(nodeCatalogue) as NodeTypeName[];
export const nodeTypeNameSchema = z.enum(nodeTypeNames as [NodeTypeName, ...NodeTypeName[]]);

/** The field values of a node of type `T`, defaults filled in. */
export type NodeFields<T extends NodeTypeName> = z.infer<(typeof nodeCatalogue)[T]['fields']>;

export const isNodeTypeName = (type: string): type is NodeTypeName => Object.hasOwn(nodeCatalogue, type);

/** The definition of a node type, or undefined for a type the catalogue does not know. */
export const getNodeType = (type: string): NodeTypeDefinition | undefined =>
  isNodeTypeName(type) ? (nodeCatalogue[type] as NodeTypeDefinition) : undefined;

/** A complete set of field values for a new node of `type`. */
export const defaultNodeData = <T extends NodeTypeName>(type: T): NodeFields<T> =>
  nodeCatalogue[type].fields.parse({}) as NodeFields<T>;

export const getInputPort = (type: string, name: string): PortDefinition | undefined =>
  getNodeType(type)?.inputs.find((port) => port.name === name);

export const getOutputPort = (type: string, name: string): PortDefinition | undefined =>
  getNodeType(type)?.outputs.find((port) => port.name === name);
