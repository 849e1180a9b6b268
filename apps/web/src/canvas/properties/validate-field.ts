import { getNodeType } from '@pc/graph';

/** The subset of a zod issue the panel reads; zod itself stays a detail of @pc/graph. */
interface SchemaIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
}

interface ParseSchema {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: SchemaIssue[] } };
}

/**
 * Zod's default messages are written for developers ("Too big: expected string to have
 * <=200 characters"); these say the same to a script supervisor. Messages a schema sets
 * itself (a scene number's pattern) are kept as written.
 */
export const describeSchemaIssue = (issue: SchemaIssue): string => {
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${limit.toLocaleString('en')} characters`;
      if (issue.origin === 'array') return `Use at most ${limit} entries`;
      if (issue.origin === 'number') return `Must be ${limit.toLocaleString('en')} or less`;
      return issue.message;
    case 'too_small':
      if (issue.origin === 'string') return limit <= 1 ? 'Must not be empty' : `Use at least ${limit} characters`;
      if (issue.origin === 'number') return `Must be ${limit.toLocaleString('en')} or more`;
      return issue.message;
    case 'invalid_type':
      if (issue.expected === 'int') return 'Must be a whole number';
      if (issue.expected === 'number') return 'Must be a number';
      if (issue.expected === 'string') return 'Must be text';
      return issue.message;
    case 'invalid_value':
      return 'Pick one of the listed values';
    default:
      return issue.message;
  }
};

export type FieldCheck = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Checks one field value against the node type's zod schema. For a field inside a group
 * (['appearance', 'hair']) the group is parsed whole and only this field's issue counts.
 * Returns the parsed value (defaults applied) when valid.
 */
export const checkFieldValue = (type: string, path: readonly string[], value: unknown, data: Record<string, unknown>): FieldCheck => {
  const definition = getNodeType(type);
  const [top, ...rest] = path;
  if (!definition || top === undefined) return { ok: false, message: 'Unknown field' };
  const schema = (definition.fields.shape as Record<string, ParseSchema | undefined>)[top];
  if (!schema) return { ok: false, message: 'Unknown field' };
  if (rest.length === 0) {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, message: describeSchemaIssue(result.error.issues[0]!) };
  }
  const group = { ...(typeof data[top] === 'object' && data[top] !== null ? (data[top] as Record<string, unknown>) : {}) };
  setPath(group, rest, value);
  const result = schema.safeParse(group);
  if (result.success) return { ok: true, value: getPath(result.data, rest) };
  const own = result.error.issues.find((issue) => rest.every((key, i) => issue.path[i] === key));
  return own ? { ok: false, message: describeSchemaIssue(own) } : { ok: true, value };
};

export const getPath = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((current, key) => (typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined), value);

const setPath = (target: Record<string, unknown>, path: readonly string[], value: unknown) => {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) target[head] = value;
  else {
    const child = { ...(typeof target[head] === 'object' && target[head] !== null ? (target[head] as Record<string, unknown>) : {}) };
    setPath(child, rest, value);
    target[head] = child;
  }
};

/**
 * The top-level patch that writes `value` at `path`: a group field is written as its
 * whole object, matching `updateFields`.
 */
export const fieldPatch = (path: readonly string[], value: unknown, data: Record<string, unknown>): Record<string, unknown> => {
  const [top, ...rest] = path;
  if (top === undefined) return {};
  if (rest.length === 0) return { [top]: value };
  const group = { ...(typeof data[top] === 'object' && data[top] !== null ? (data[top] as Record<string, unknown>) : {}) };
  setPath(group, rest, value);
  return { [top]: group };
};
