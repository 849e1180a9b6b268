import type { z } from 'zod';

/**
 * zod's own messages are written for developers ("Invalid input: expected string, received
 * undefined", "Too small: expected string to have >=1 characters"); a problem's `errors`
 * are read by whoever wrote the request, often from the OpenAPI document alone. Messages a
 * schema wrote itself ("Use at least 10 characters.") are kept; zod's defaults, recognised
 * by their openings, are said plainly.
 */

const ZOD_DEFAULT = /^(?:Invalid input|Invalid option|Invalid string:|Invalid (?:email address|ISO datetime|ISO date|ISO time|URL|UUID|GUID)$|Too small:|Too big:)/;

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  date: 'a date',
  record: 'an object',
  map: 'a map',
};
const noun = (expected: string): string => NOUNS[expected] ?? expected;

const plural = (count: number | bigint, one: string): string => `${String(count)} ${one}${Number(count) === 1 ? '' : 's'}`;

const sizeMessage = (issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string | null => {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const inclusive = issue.inclusive !== false;
  if (typeof limit !== 'number' && typeof limit !== 'bigint') return null;
  switch (issue.origin) {
    case 'string':
      if (small && Number(limit) === 1) return 'Must not be empty.';
      return `Use ${small ? 'at least' : 'at most'} ${plural(limit, 'character')}.`;
    case 'array':
    case 'set':
      if (small && Number(limit) === 1) return 'Needs at least one item.';
      return `${small ? 'At least' : 'At most'} ${plural(limit, 'item')}.`;
    case 'number':
    case 'int':
    case 'bigint':
      if (small) return inclusive ? `Must be ${String(limit)} or more.` : `Must be more than ${String(limit)}.`;
      return inclusive ? `Must be ${String(limit)} or less.` : `Must be less than ${String(limit)}.`;
    default:
      return null;
  }
};

/** A string of the wrong form: say the form with an example, as the document's `format` states it. */
const formatMessage = (issue: z.core.$ZodIssueInvalidStringFormat): string | null => {
  switch (issue.format) {
    case 'regex':
      return issue.pattern ? `Must match the pattern ${issue.pattern}.` : null;
    case 'email':
      return 'Must be an email address, such as ana@example.com.';
    case 'datetime':
      return 'Must be a date and time with its UTC offset (RFC 3339), such as 2026-11-22T06:00:00Z.';
    case 'date':
      return 'Must be a date such as 2026-11-22.';
    case 'url':
      return 'Must be an absolute URL, such as https://example.com/path.';
    case 'uuid':
    case 'guid':
      return 'Must be a UUID, such as 7f7e2d4c-1b8a-4c55-9f0e-3c2d1a0b9e8f.';
    case 'starts_with':
      return `Must start with ${JSON.stringify((issue as { prefix?: string }).prefix)}.`;
    default:
      return null;
  }
};

/** The issue's message, in plain words when it is one of zod's defaults. */
export const issueMessage = (issue: z.core.$ZodIssue): string => {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? 'Required.' : `Expected ${noun(issue.expected)}.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Must be ${JSON.stringify(issue.values[0])}.`
        : `Must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue) ?? issue.message;
    case 'invalid_format':
      return formatMessage(issue) ?? issue.message;
    case 'invalid_union': {
      // Each alternative failing on its type at this very place: nothing there, or say which types fit.
      const firsts = issue.errors.map((branch) => branch[0]);
      if (firsts.length > 0 && firsts.every((first) => first?.code === 'invalid_type' && first.path.length === 0 && /received undefined$/.test(first.message))) return 'Required.';
      const expected = firsts.map((first) => (first?.code === 'invalid_type' && first.path.length === 0 ? noun(first.expected) : null));
      if (expected.length > 0 && expected.every((entry) => entry !== null)) return `Expected ${[...new Set(expected)].join(' or ')}.`;
      return 'Matches none of the accepted forms.';
    }
    default:
      return issue.message;
  }
};
