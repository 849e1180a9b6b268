import { z } from 'zod';
import { usageError } from './exit-codes.js';

/** Parses one command-line option with zod; a bad value is a usage error naming the option. */
export function parseOption<T extends z.ZodType>(schema: T, value: unknown, flag: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw usageError(`${flag}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.data;
}

const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.int().min(min, `must be at least ${min}`).max(max, `must be at most ${max.toLocaleString('en')}`));

export const revisionOption = integerText(1, 2 ** 31 - 1).optional();
export const concurrencyOption = integerText(1, 1_000).optional();
export const limitOption = integerText(1, 10_000);
export const priorityOption = z.enum(['low', 'normal', 'high']).optional();
export const batchStatusOption = z.enum(['queued', 'running', 'completed', 'cancelled']).optional();
export const itemStatusOption = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).optional();
export const idOption = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id (letters, digits, _ and -)');
export const idempotencyKeyOption = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/, '1–255 visible ASCII characters')
  .optional();
export const webhookUrlOption = z.url({ protocol: /^https?$/ }).optional();
export const webhookSecretOption = z.string().min(16, 'at least 16 characters').max(256).optional();
/** A key goes into an HTTP header: a pasted placeholder (`pc_7hq2…`) must be a usage error, not fetch's ByteString crash. */
export const apiKeyOption = z
  .string()
  .max(512)
  .regex(/^[\x21-\x7e]+$/, 'an API key is visible ASCII (pc_…): paste the whole key the web app showed, without "…" or spaces');
export const urlOption = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as http://localhost:3000' });
