import { describeNodeType, isNodeTypeName } from '@pc/graph';
import { labelFor, shortLabelFor } from '../properties/vocabulary.js';

/** What a node card shows at a glance, derived from the node's fields. */
export interface CardSummary {
  /** Scene or shot number, set apart in the title ("12", "12A"). */
  number?: string;
  title: string;
  /** True when the title is a placeholder ("Unnamed character"), shown dimmed. */
  untitled: boolean;
  subtitle?: string;
  facts: ReadonlyArray<{ label: string; value: string }>;
  excerpt?: string;
  /** A Scene the screenplay no longer has (a re-import tagged it): kept with its work, shown as cut. */
  cut?: boolean;
}

type Data = Record<string, unknown> | undefined;

const text = (data: Data, key: string): string => {
  const value = data?.[key];
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
};

const EMPTY = '—';

const characterSummary = (data: Data): CardSummary => {
  const name = text(data, 'name');
  const aliases = Array.isArray(data?.['aliases']) ? (data['aliases'] as unknown[]).filter((a) => typeof a === 'string') : [];
  const appearance = (data?.['appearance'] ?? {}) as Record<string, unknown>;
  const look = ['build', 'height', 'hair', 'eyes', 'marks']
    .map((key) => (typeof appearance[key] === 'string' ? (appearance[key] as string).trim() : ''))
    .filter(Boolean)
    .join(', ');
  const role = text(data, 'role');
  return {
    title: name || 'Unnamed character',
    untitled: !name,
    ...(aliases.length > 0 ? { subtitle: `aka ${aliases.join(', ')}` } : {}),
    facts: [
      { label: 'Role', value: role ? labelFor('role', role) : EMPTY },
      { label: 'Age', value: text(data, 'age') || EMPTY },
      { label: 'Actor', value: text(data, 'actor') || EMPTY },
    ],
    ...(text(data, 'identityBlock') || look ? { excerpt: text(data, 'identityBlock') || look } : {}),
  };
};

/** "INT. KITCHEN - NIGHT", the way a screenplay writes a slugline (and the Scene's breakdown prints it). */
export const sceneHeading = (data: Data): string => {
  const location = text(data, 'locationName').toUpperCase();
  const time = text(data, 'timeOfDay').toUpperCase();
  // Blank for a heading without INT./EXT. (a montage, a title card): no prefix, not "INT.".
  const intExt = typeof data?.['intExt'] === 'string' ? data['intExt'] : 'INT';
  return [intExt === '' ? '' : `${intExt}.`, location || 'LOCATION TBD', time ? `- ${time}` : ''].filter(Boolean).join(' ');
};

/**
 * The tag a re-import gives a Scene the script dropped (@pc/screenplay's REMOVED_FROM_SCRIPT_TAG,
 * pinned equal by a test): importing it would put the screenplay parser in the canvas bundle.
 */
export const CUT_FROM_SCRIPT_TAG = 'removed-from-script';

const sceneSummary = (data: Data): CardSummary => {
  const number = text(data, 'sceneNumber');
  const storyDay = text(data, 'storyDay');
  const name = text(data, 'name');
  const cut = Array.isArray(data?.['tags']) && (data['tags'] as unknown[]).includes(CUT_FROM_SCRIPT_TAG);
  return {
    ...(cut ? { cut } : {}),
    ...(number ? { number } : {}),
    title: sceneHeading(data),
    untitled: !text(data, 'locationName'),
    ...(name ? { subtitle: name } : {}),
    facts: [
      // Named in full: "DAY —" / "OUT —" read as a time of day missing.
      { label: 'Story day', value: storyDay || EMPTY },
      { label: 'Transition', value: text(data, 'transitionOut') || EMPTY },
    ],
    ...(text(data, 'synopsis') ? { excerpt: text(data, 'synopsis') } : {}),
  };
};

/** "MCU · LOW · 35mm": size, angle and lens as a camera report writes them. */
export const shotCameraLine = (data: Data): string => {
  const parts = [text(data, 'shotSize') || 'MS', shortLabelFor('angle', text(data, 'angle') || 'eye')];
  const lens = text(data, 'lensMm');
  if (lens) parts.push(`${lens}mm`);
  return parts.join(' · ');
};

const shotSummary = (data: Data): CardSummary => {
  const number = text(data, 'shotNumber');
  const duration = text(data, 'durationS');
  const name = text(data, 'name');
  const movement = text(data, 'movement');
  const shotType = text(data, 'shotType');
  return {
    ...(number ? { number } : {}),
    title: shotCameraLine(data),
    untitled: false,
    ...(name ? { subtitle: name } : {}),
    facts: [
      { label: 'Move', value: movement ? labelFor('movement', movement) : EMPTY },
      { label: 'Type', value: shotType ? labelFor('shotType', shotType) : EMPTY },
      { label: 'Aspect', value: shortLabelFor('aspect', text(data, 'aspect') || '2.39') },
      { label: 'Length', value: duration ? `${duration}s` : 'auto' },
    ],
    ...(text(data, 'description') || text(data, 'action') ? { excerpt: text(data, 'description') || text(data, 'action') } : {}),
  };
};

/** A fact's value: lists joined, blanks as a dash, enum values through the crew's vocabulary. */
const factValue = (data: Data, field: string): string => {
  const value = data?.[field];
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(', ') || EMPTY;
  const raw = text(data, field);
  return raw ? labelFor(field, raw) : EMPTY;
};

/** The longest prose a type has, for the excerpt: a note's text, a line, a description. */
const EXCERPT_FIELDS = ['text', 'description', 'synopsis', 'prefix', 'continuityNotes'] as const;

/**
 * Every other catalogue type: its name (else "Unnamed <type>"), a number where the type has
 * one (a cue, a sequence number), the catalogue's summary fields as facts, and an excerpt.
 */
const catalogueSummary = (type: string, data: Data): CardSummary => {
  if (!isNodeTypeName(type)) {
    const name = text(data, 'name');
    return { title: name || `Unknown node type “${type}”`, untitled: !name, facts: [] };
  }
  const description = describeNodeType(type);
  const name = text(data, 'name') || text(data, 'title');
  const number = text(data, 'cue') || text(data, 'number');
  const excerptField = EXCERPT_FIELDS.find((field) => text(data, field) !== '');
  const titles = (description.fieldsSchema['properties'] ?? {}) as Record<string, { title?: string }>;
  return {
    ...(number ? { number } : {}),
    title: name || `Unnamed ${description.label.toLowerCase()}`,
    untitled: !name,
    facts: description.summaryFields
      .filter((field) => field !== 'cue' && field !== 'number')
      .map((field) => ({ label: titles[field]?.title ?? field, value: factValue(data, field) })),
    ...(excerptField ? { excerpt: text(data, excerptField) } : {}),
  };
};

export const summarizeNode = (type: string, data: Data): CardSummary => {
  switch (type) {
    case 'character':
      return characterSummary(data);
    case 'scene':
      return sceneSummary(data);
    case 'shot':
      return shotSummary(data);
    default:
      return catalogueSummary(type, data);
  }
};
