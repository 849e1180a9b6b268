import type { z } from 'zod';
import { assertNever, type DocumentPath } from '../issues.js';

/*
 * Turns zod's issues on a node's fields into sentences a film creator can act on:
 * "Lens (mm) must be at most 1200" rather than "Too big: expected number to be <=1200".
 */

type Issue = z.core.$ZodIssue;

/** A field problem: where it is inside `data`, and what to tell the user. */
export interface FieldProblem {
  path: DocumentPath;
  message: string;
}

const toPath = (path: readonly PropertyKey[]): DocumentPath =>
  path.map((key) => (typeof key === 'number' || typeof key === 'string' ? key : String(key)));

// Wrappers (default, prefault, nullable, optional) keep the field inside `innerType`.
const unwrap = (schema: unknown): unknown => {
  let current = schema as { _zod?: { def?: { innerType?: unknown } } } | undefined;
  while (current?._zod?.def?.innerType) current = current._zod.def.innerType as typeof current;
  return current;
};

/** The field's title from the catalogue metadata ("Lens (mm)"), or its key. */
const fieldTitle = (fields: z.ZodObject, path: DocumentPath): string => {
  let schema: unknown = fields;
  let title = '';
  for (const key of path) {
    const shape = (unwrap(schema) as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def?.shape;
    if (typeof key !== 'string' || !shape || !Object.hasOwn(shape, key)) break;
    schema = shape[key];
    const meta = (schema as { meta?: () => { title?: unknown } | undefined }).meta?.();
    const part = typeof meta?.title === 'string' ? meta.title : key;
    title = title ? `${title} › ${part}` : part;
  }
  return title || String(path.at(-1) ?? 'Fields');
};

const units = (origin: string): string => {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' entries';
  return '';
};

/** A schema's own sentence ("Use a hex colour such as #4f46e5") after the field's title: set apart, not run on ("Colour Use a hex …"). */
const ownSentence = (message: string): string => `— ${/^[A-Z](?![A-Z0-9])/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message}`;

const describeProblem = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'must be a whole number' : `must be a ${issue.expected}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${units(issue.origin)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be blank';
      return `must be at least ${String(issue.minimum)}${units(issue.origin)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return ownSentence(issue.message);
    default:
      return assertNever(issue);
  }
};

/**
 * One problem per zod issue, except that an unknown-fields issue becomes one problem per
 * unknown field, so the path always reaches the field itself.
 */
export const describeFieldIssues = (fields: z.ZodObject, issues: readonly Issue[]): FieldProblem[] =>
  issues.flatMap((issue): FieldProblem[] => {
    const path = toPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const where = path.length > 0 ? ` in ${fieldTitle(fields, path)}` : '';
      return issue.keys.map((key) => ({ path: [...path, key], message: `“${key}” is not a field${where}` }));
    }
    return [{ path, message: `${fieldTitle(fields, path)} ${describeProblem(issue)}` }];
  });
