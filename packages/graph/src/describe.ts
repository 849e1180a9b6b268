import { getNodeType } from './catalogue/index.js';
import type { GraphNode } from './document.js';
import { assertNever } from './issues.js';
import type { PortDataType, PortDefinition } from './ports.js';

/*
 * Names for things in messages a film creator reads: "Shot 12A", "Scene 12", "BEN".
 * Data is read defensively because messages are built for invalid documents too.
 */

const readText = (node: GraphNode, field: string): string => {
  const value = node.data[field];
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * How a message names a node: its number or name when it has one. An unnamed node is
 * "Unnamed Shot": a random id means nothing to the person reading the message.
 */
export const describeNode = (node: GraphNode): string => {
  const name = readText(node, 'name');
  switch (node.type) {
    case 'shot': {
      const number = readText(node, 'shotNumber');
      return number ? `Shot ${number}` : name ? `Shot “${name}”` : 'Unnamed Shot';
    }
    case 'scene': {
      const number = readText(node, 'sceneNumber');
      return number ? `Scene ${number}` : name ? `Scene “${name}”` : 'Unnamed Scene';
    }
    case 'sequence': {
      const number = readText(node, 'number');
      const label = getNodeType(node.type)?.label ?? 'Sequence';
      return number ? `${label} ${number}` : name ? `${label} “${name}”` : `Unnamed ${label}`;
    }
    case 'audio': {
      const cue = readText(node, 'cue');
      return cue ? `Cue ${cue}` : name || 'Unnamed Audio cue';
    }
    case 'dialogue': {
      const line = readText(node, 'text');
      return name || (line ? `Line “${line.length > 24 ? `${line.slice(0, 24)}…` : line}”` : 'Unnamed Dialogue');
    }
    case 'character':
    case 'location':
    case 'style':
    case 'prop':
    case 'camera':
    case 'timeline':
    case 'shotList':
    case 'breakdownReport':
    case 'continuityCheck':
    case 'export':
    case 'note':
      return name || `Unnamed ${getNodeType(node.type)?.label ?? 'node'}`;
    case 'script': {
      const title = readText(node, 'title') || name;
      return title ? `Script “${title}”` : 'Unnamed Script';
    }
    default:
      return `Unnamed ${getNodeType(node.type)?.label ?? 'node'}`;
  }
};

/** What a port carries, as a noun phrase: "a Character", "an image". */
export const describeDataType = (dataType: PortDataType): string => {
  switch (dataType) {
    case 'CharacterRef':
      return 'a Character';
    case 'SceneRef':
      return 'a Scene';
    case 'ShotRef':
      return 'a Shot';
    case 'LocationRef':
      return 'a Location';
    case 'StyleRef':
      return 'a Style';
    case 'Report':
      return 'a report';
    case 'PropRef':
      return 'a Prop';
    case 'CameraRef':
      return 'a Camera';
    case 'SequenceRef':
      return 'a Sequence';
    case 'DialogueLine':
      return 'a line of dialogue';
    case 'AudioRef':
      return 'an audio cue';
    case 'Timeline':
      return 'a timeline';
    case 'CompiledPrompt':
      return 'a compiled prompt';
    case 'ImageAsset':
      return 'an image';
    default:
      return assertNever(dataType);
  }
};

/** "a" or "an" before a node type's label (an Export, an Audio). */
const article = (label: string): string => (/^[AEIOU]/i.test(label) ? 'an' : 'a');

/** "A Scene output", "A Shot's Prompt output", "An Audio output": the port named from its node type. */
export const describeOutput = (nodeType: string, port: PortDefinition): string => {
  const label = getNodeType(nodeType)?.label ?? 'node';
  const start = `${article(label).charAt(0).toUpperCase()}${article(label).slice(1)} ${label}`;
  return port.label === label ? `${start} output` : `${start}’s ${port.label} output`;
};

/** "a Shot's In frame input", "an Export's Timeline input". */
export const describeInput = (nodeType: string, port: PortDefinition): string => {
  const label = getNodeType(nodeType)?.label ?? 'node';
  return `${article(label)} ${label}’s ${port.label} input`;
};

/** Lists names for a message, eliding past `max`: "A, B and 3 more". */
export const listNames = (names: readonly string[], max = 5): string => {
  if (names.length <= 1) return names.join('');
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};
