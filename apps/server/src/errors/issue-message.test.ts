import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromZod } from './api-error.js';

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return fieldErrorsFromZod(result.error).map(({ path, message }) => `${path}: ${message}`);
};

describe('field errors in plain words', () => {
  const body = z.object({
    name: z.string().min(1).max(5),
    email: z.string(),
    limit: z.coerce.number().int().min(1).max(100),
    format: z.enum(['json', 'fountain']),
    tags: z.array(z.string()).min(1),
    source: z.union([z.string(), z.record(z.string(), z.unknown())]),
    password: z.string().min(10, 'Use at least 10 characters.'),
  });

  it('says what is missing, too short, too long, out of range or not one of the options', () => {
    expect(errorsOf(body, { name: '', limit: 'abc', format: 'pdf', tags: [], source: 42, password: 'short' })).toEqual([
      'name: Must not be empty.',
      'email: Required.',
      'limit: Expected a number.',
      'format: Must be one of "json", "fountain".',
      'tags: Needs at least one item.',
      'source: Expected text or an object.',
      // A schema's own message is kept.
      'password: Use at least 10 characters.',
    ]);
    expect(errorsOf(body.pick({ name: true, limit: true }), { name: 'too long', limit: 0 })).toEqual(['name: Use at most 5 characters.', 'limit: Must be 1 or more.']);
    expect(errorsOf(body.pick({ limit: true }), { limit: 101 })).toEqual(['limit: Must be 100 or less.']);
  });

  it('says what form a string takes, with an example, where zod would name its format', () => {
    const form = z.object({
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      email: z.email(),
      expiresAt: z.iso.datetime({ offset: true }),
      url: z.url(),
      key: z.string().startsWith('pc_'),
      id: z.string().regex(/^[a-z]+$/, 'Ids use lower-case letters only.'),
    });
    expect(errorsOf(form, { hash: 'xyz', email: 'nope', expiresAt: '2027-01-01', url: 'not a url', key: 'abc', id: 'A1' })).toEqual([
      'hash: Must match the pattern /^[0-9a-f]{64}$/.',
      'email: Must be an email address, such as ana@example.com.',
      'expiresAt: Must be a date and time with its UTC offset (RFC 3339), such as 2026-11-22T06:00:00Z.',
      'url: Must be an absolute URL, such as https://example.com/path.',
      'key: Must start with "pc_".',
      // A schema's own message is kept.
      'id: Ids use lower-case letters only.',
    ]);
  });
});
