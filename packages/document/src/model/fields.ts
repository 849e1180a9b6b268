import { describeNodeType, getNodeType, isNodeTypeName } from '@pc/graph';
import type { z } from 'zod';

const textFieldsByType = new Map<string, ReadonlySet<string>>();

/**
 * The fields of a node type stored as Y.Text: those whose JSON Schema carries
 * `'x-collaborative-text': true` (packages/graph `longText`). Unknown types have none.
 */
export const getCollaborativeTextFields = (type: string): ReadonlySet<string> => {
  const cached = textFieldsByType.get(type);
  if (cached) return cached;
  const fields = new Set<string>();
  if (isNodeTypeName(type)) {
    const properties = (describeNodeType(type).fieldsSchema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
    for (const [field, schema] of Object.entries(properties)) {
      if (schema['x-collaborative-text'] === true) fields.add(field);
    }
  }
  textFieldsByType.set(type, fields);
  return fields;
};

/** Whether `field` of node type `type` is stored as Y.Text (see {@link getCollaborativeTextFields}). */
export const isCollaborativeTextField = (type: string, field: string): boolean => getCollaborativeTextFields(type).has(field);

/** The zod schema of one field of a node type, or undefined when the type has no such field. */
export const getFieldSchema = (type: string, field: string): z.ZodType | undefined => {
  const definition = getNodeType(type);
  if (!definition || !Object.hasOwn(definition.fields.shape, field)) return undefined;
  return definition.fields.shape[field] as z.ZodType;
};

/** The title a form shows for a field ("Script"), falling back to its key. */
export const getFieldTitle = (type: string, field: string): string => {
  const title = getFieldSchema(type, field)?.meta()?.title;
  return typeof title === 'string' ? title : field;
};
