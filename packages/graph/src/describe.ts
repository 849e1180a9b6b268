import { getNodeType } from './catalogue/index.js';
import type { GraphNode } from './document.js';
import { assertNever } from './issues.js';
import { readTitleText, titleNode } from './node-title.js';
import type { PortDataType, PortDefinition } from './ports.js';

/*
 * Names for things in messages a film creator reads: "Shot 12A", "Scene 12", "BEN". The
 * title a node's card shows (node-title.ts) is the fallback, so both name a node alike.
 */

const quoted = (label: string, text: string): string => `${label} “${text}”`;

/** A node's name in a message, and whether that name is only a placeholder. */
const nameNode = (node: GraphNode): { text: string; placeholder: boolean } => {
  const name = readTitleText(node.data, 'name');
  const { number, title, untitled } = titleNode(node.type, node.data);
  const own = (text: string) => ({ text, placeholder: false });
  const fallback = { text: title, placeholder: untitled };
  switch (node.type) {
    case 'shot':
      return own(number ? `Shot ${number}` : quoted('Shot', name || title));
    case 'scene':
      return number || name ? own(number ? `Scene ${number}` : quoted('Scene', name)) : { text: quoted('Scene', title), placeholder: untitled };
    case 'sequence': {
      const label = getNodeType(node.type)?.label ?? 'Sequence';
      return number ? own(`${label} ${number}`) : name ? own(quoted(label, name)) : fallback;
    }
    case 'audio':
      return number ? own(`Cue ${number}`) : fallback;
    case 'dialogue': {
      const line = readTitleText(node.data, 'text');
      return name ? own(name) : line ? own(quoted('Line', line.length > 24 ? `${line.slice(0, 24)}…` : line)) : fallback;
    }
    case 'script': {
      const scriptTitle = readTitleText(node.data, 'title') || name;
      return scriptTitle ? own(quoted('Script', scriptTitle)) : fallback;
    }
    default:
      return fallback;
  }
};

/**
 * How a message names a node: its number or name when it has one, else the title its card
 * shows ("Shot “MS · EYE · 35mm”", "Scene “INT. KITCHEN - NIGHT”", "Unnamed Character"):
 * a random id means nothing to the person reading the message.
 */
export const describeNode = (node: GraphNode): string => nameNode(node).text;

/**
 * Whether describeNode can name the node only by a placeholder ("Unnamed Character", a Scene
 * with no number, name or location yet): an undo label then says "Add Character" instead.
 */
export const hasPlaceholderName = (node: GraphNode): boolean => nameNode(node).placeholder;

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
