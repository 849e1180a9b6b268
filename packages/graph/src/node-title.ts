import { getNodeType } from './catalogue/index.js';

/*
 * What a node is called wherever a person sees it: the title on its card, and (through
 * describeNode) the name problem messages, undo labels and run results give it. One rule,
 * so a Shot titled "MS · EYE · 35mm" on the canvas is not "Unnamed Shot" in a message.
 * Data is read defensively: titles are built for invalid documents too.
 */

type Data = Readonly<Record<string, unknown>> | undefined;

/** A field as display text: trimmed strings, numbers as written, anything else blank. */
export const readTitleText = (data: Data, field: string): string => {
  const value = data?.[field];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
};

export interface NodeTitle {
  /** Scene, shot, sequence or cue number, set apart before the title ("12A"). */
  number?: string;
  title: string;
  /** The title is a placeholder ("Unnamed Character", "INT. LOCATION TBD"): the card dims it. */
  untitled: boolean;
}

/** "INT. KITCHEN - NIGHT", the way a screenplay writes a slugline (and the Scene's breakdown prints it). */
export const sceneHeading = (data: Data): string => {
  const location = readTitleText(data, 'locationName').toUpperCase();
  const time = readTitleText(data, 'timeOfDay').toUpperCase();
  // Blank for a heading without INT./EXT. (a montage, a title card): no prefix, not "INT.".
  const intExt = typeof data?.['intExt'] === 'string' ? data['intExt'] : 'INT';
  return [intExt === '' ? '' : `${intExt}.`, location || 'LOCATION TBD', time ? `- ${time}` : ''].filter(Boolean).join(' ');
};

/** Camera angles as a camera report writes them. */
const SHORT_ANGLES: Readonly<Record<string, string>> = {
  eye: 'EYE',
  high: 'HIGH',
  low: 'LOW',
  overhead: 'OVERHEAD',
  worms_eye: 'WORM’S EYE',
  dutch: 'DUTCH',
};

/** "MCU · LOW · 35mm": size, angle and lens as a camera report writes them (the catalogue's defaults when unset). */
export const shotCameraLine = (data: Data): string => {
  const angle = readTitleText(data, 'angle') || 'eye';
  const parts = [readTitleText(data, 'shotSize') || 'MS', SHORT_ANGLES[angle] ?? angle.replace(/_/g, ' ').toUpperCase()];
  const lens = readTitleText(data, 'lensMm');
  if (lens) parts.push(`${lens}mm`);
  return parts.join(' · ');
};

/** "Unnamed Character": the type's catalogue label, as palettes and messages spell it. */
export const unnamedTitle = (type: string): string => `Unnamed ${getNodeType(type)?.label ?? 'node'}`;

/**
 * A node's title: a Scene by its slugline and a Shot by its camera line (numbers set apart),
 * every other type by its name, else a placeholder.
 */
export const titleNode = (type: string, data: Data): NodeTitle => {
  switch (type) {
    case 'scene': {
      const number = readTitleText(data, 'sceneNumber');
      return { ...(number ? { number } : {}), title: sceneHeading(data), untitled: !readTitleText(data, 'locationName') };
    }
    case 'shot': {
      const number = readTitleText(data, 'shotNumber');
      return { ...(number ? { number } : {}), title: shotCameraLine(data), untitled: false };
    }
    default: {
      const name = readTitleText(data, 'name') || readTitleText(data, 'title');
      const number = readTitleText(data, 'cue') || readTitleText(data, 'number');
      return { ...(number ? { number } : {}), title: name || unnamedTitle(type), untitled: !name };
    }
  }
};
