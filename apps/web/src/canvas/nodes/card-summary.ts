import { describeNodeType, isNodeTypeName, titleNode } from '@pc/graph';
import { labelFor, shortLabelFor } from '../properties/vocabulary.js';

/**
 * What a node card shows at a glance, derived from the node's fields. Its number and title come
 * from packages/graph's titleNode, the rule messages and undo labels name the node by too.
 */
export interface CardSummary {
  /** Scene or shot number, set apart in the title ("12", "12A"). */
  number?: string;
  title: string;
  /** True when the title is a placeholder ("Unnamed Character"), shown dimmed. */
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
  const aliases = Array.isArray(data?.['aliases']) ? (data['aliases'] as unknown[]).filter((a) => typeof a === 'string') : [];
  const appearance = (data?.['appearance'] ?? {}) as Record<string, unknown>;
  const look = ['build', 'height', 'hair', 'eyes', 'marks']
    .map((key) => (typeof appearance[key] === 'string' ? (appearance[key] as string).trim() : ''))
    .filter(Boolean)
    .join(', ');
  const role = text(data, 'role');
  return {
    ...titleNode('character', data),
    ...(aliases.length > 0 ? { subtitle: `aka ${aliases.join(', ')}` } : {}),
    facts: [
      { label: 'Role', value: role ? labelFor('role', role) : EMPTY },
      { label: 'Age', value: text(data, 'age') || EMPTY },
      { label: 'Actor', value: text(data, 'actor') || EMPTY },
    ],
    ...(text(data, 'identityBlock') || look ? { excerpt: text(data, 'identityBlock') || look } : {}),
  };
};

/**
 * The tag a re-import gives a Scene the script dropped (@pc/screenplay's REMOVED_FROM_SCRIPT_TAG,
 * pinned equal by a test): importing it would put the screenplay parser in the canvas bundle.
 */
export const CUT_FROM_SCRIPT_TAG = 'removed-from-script';

const sceneSummary = (data: Data): CardSummary => {
  const storyDay = text(data, 'storyDay');
  const name = text(data, 'name');
  const cut = Array.isArray(data?.['tags']) && (data['tags'] as unknown[]).includes(CUT_FROM_SCRIPT_TAG);
  return {
    ...(cut ? { cut } : {}),
    ...titleNode('scene', data),
    ...(name ? { subtitle: name } : {}),
    facts: [
      // Named in full: "DAY —" / "OUT —" read as a time of day missing.
      { label: 'Story day', value: storyDay || EMPTY },
      { label: 'Transition', value: text(data, 'transitionOut') || EMPTY },
    ],
    ...(text(data, 'synopsis') ? { excerpt: text(data, 'synopsis') } : {}),
  };
};

const shotSummary = (data: Data): CardSummary => {
  const duration = text(data, 'durationS');
  const name = text(data, 'name');
  const movement = text(data, 'movement');
  const shotType = text(data, 'shotType');
  return {
    ...titleNode('shot', data),
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
 * Every other catalogue type: its name (else "Unnamed <Type>"), a number where the type has
 * one (a cue, a sequence number), the catalogue's summary fields as facts, and an excerpt.
 */
const catalogueSummary = (type: string, data: Data): CardSummary => {
  if (!isNodeTypeName(type)) {
    const name = text(data, 'name');
    return { title: name || `Unknown node type “${type}”`, untitled: !name, facts: [] };
  }
  const description = describeNodeType(type);
  const excerptField = EXCERPT_FIELDS.find((field) => text(data, field) !== '');
  const titles = (description.fieldsSchema['properties'] ?? {}) as Record<string, { title?: string }>;
  return {
    ...titleNode(type, data),
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
