import type { NodeTypeDescription } from '@pc/graph';
import { labelFor } from './vocabulary.js';

/*
 * Maps a node type's JSON Schema (from describeNodeType) to the properties panel's form.
 * The schema is the single source: a new field in the catalogue shows up here with the
 * right widget, limits and suggestions, without touching the web app.
 */

interface FieldBase {
  /** Path into the node's data: ['lensMm'] or ['appearance', 'hair']. */
  path: readonly string[];
  /** DOM id of the input, so a <label htmlFor> is bound to it. */
  inputId: string;
  label: string;
  description?: string;
}

export type FieldSpec =
  | (FieldBase & { widget: 'text' | 'textarea' | 'script'; maxLength?: number; pattern?: string; uppercase?: boolean })
  | (FieldBase & { widget: 'select'; options: ReadonlyArray<{ value: string; label: string }> })
  | (FieldBase & { widget: 'combo'; suggestions: readonly string[]; maxLength?: number })
  | (FieldBase & { widget: 'number'; nullable: boolean; integer: boolean; min?: number; max?: number })
  | (FieldBase & { widget: 'tags'; maxItems?: number })
  | (FieldBase & { widget: 'color'; nullable: boolean })
  | (FieldBase & { widget: 'group'; fields: readonly FieldSpec[] });

export interface FormGroup {
  title: string;
  fields: readonly FieldSpec[];
}

type JsonSchema = Record<string, unknown>;

const asSchema = (value: unknown): JsonSchema => (typeof value === 'object' && value !== null ? (value as JsonSchema) : {});
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A nullable field is `anyOf: [{…}, {type: 'null'}]`; returns the non-null branch. */
const unwrapNullable = (schema: JsonSchema): { schema: JsonSchema; nullable: boolean } => {
  const anyOf = Array.isArray(schema['anyOf']) ? schema['anyOf'].map(asSchema) : null;
  if (!anyOf) return { schema, nullable: schema['type'] === 'null' };
  const nonNull = anyOf.filter((branch) => branch['type'] !== 'null');
  return { schema: { ...schema, ...(nonNull[0] ?? {}) }, nullable: nonNull.length < anyOf.length };
};

/** Picks a widget when a schema has no `x-widget` (a field added without the builders). */
const inferWidget = (schema: JsonSchema): FieldSpec['widget'] => {
  if (Array.isArray(schema['enum'])) return 'select';
  switch (schema['type']) {
    case 'number':
    case 'integer':
      return 'number';
    case 'array':
      return 'tags';
    case 'object':
      return 'group';
    default:
      return 'text';
  }
};

export const fieldSpec = (path: readonly string[], raw: JsonSchema, idPrefix = 'field'): FieldSpec => {
  const { schema, nullable } = unwrapNullable(raw);
  const base: FieldBase = {
    path,
    inputId: `${idPrefix}-${path.join('-')}`,
    label: str(raw['title']) ?? path.at(-1) ?? '',
    ...(str(raw['description']) ? { description: str(raw['description'])! } : {}),
  };
  const widget = (str(raw['x-widget']) as FieldSpec['widget'] | undefined) ?? inferWidget(schema);
  const field = path.at(-1) ?? '';
  switch (widget) {
    case 'text':
    case 'textarea':
    case 'script': {
      const maxLength = num(schema['maxLength']);
      const pattern = str(schema['pattern']);
      // A pattern that admits capitals but no lower case (scene and shot numbers): type
      // "12a", get "12A", instead of an error for a convention everyone knows.
      const uppercase = pattern !== undefined && pattern.includes('A-Z') && !pattern.includes('a-z');
      return { ...base, widget, ...(maxLength !== undefined ? { maxLength } : {}), ...(pattern ? { pattern, uppercase } : {}) };
    }
    case 'select': {
      const values = Array.isArray(schema['enum']) ? schema['enum'].filter((v): v is string => typeof v === 'string') : [];
      return { ...base, widget, options: values.map((value) => ({ value, label: labelFor(field, value) })) };
    }
    case 'combo': {
      const suggestions = Array.isArray(raw['examples']) ? raw['examples'].filter((v): v is string => typeof v === 'string') : [];
      const maxLength = num(schema['maxLength']);
      return { ...base, widget, suggestions, ...(maxLength !== undefined ? { maxLength } : {}) };
    }
    case 'number': {
      const min = num(schema['minimum']);
      const max = num(schema['maximum']);
      return { ...base, widget, nullable, integer: schema['type'] === 'integer', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'tags': {
      const maxItems = num(schema['maxItems']);
      return { ...base, widget, ...(maxItems !== undefined ? { maxItems } : {}) };
    }
    case 'color':
      return { ...base, widget, nullable };
    case 'group': {
      const properties = asSchema(schema['properties']);
      return { ...base, widget, fields: Object.entries(properties).map(([key, child]) => fieldSpec([...path, key], asSchema(child), idPrefix)) };
    }
    default:
      return { ...base, widget: 'text' };
  }
};

/**
 * The properties form of a node type: its field groups in catalogue order, then any field
 * the groups forgot under "Other", so no field is ever uneditable.
 */
export const buildForm = (description: Pick<NodeTypeDescription, 'fieldsSchema' | 'fieldGroups'>, idPrefix = 'field'): FormGroup[] => {
  const properties = asSchema(description.fieldsSchema['properties']);
  const placed = new Set<string>();
  const groups: FormGroup[] = description.fieldGroups.map((group) => ({
    title: group.title,
    fields: group.fields
      .filter((key) => key in properties)
      .map((key) => {
        placed.add(key);
        return fieldSpec([key], asSchema(properties[key]), idPrefix);
      }),
  }));
  const rest = Object.keys(properties).filter((key) => !placed.has(key));
  if (rest.length > 0) groups.push({ title: 'Other', fields: rest.map((key) => fieldSpec([key], asSchema(properties[key]), idPrefix)) });
  return groups.filter((group) => group.fields.length > 0);
};
