import { z } from '@hono/zod-openapi';
import type { UserRecord } from '@pc/db';

/** Emails are compared normalised: trimmed and lower-cased (the database stores that form). */
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(254))
  .openapi({ type: 'string', format: 'email', example: 'ana@example.com' });

/**
 * 10 characters at least (NIST SP 800-63B allows 8; we ask a little more and impose no
 * composition rules). The upper bound keeps a hash from costing more than a request.
 */
export const newPassword = z.string().min(10, 'Use at least 10 characters.').max(256).openapi({ example: 'harbour-at-dawn-42' });
/** A password being checked: no rules beyond a bound (old passwords may predate them). */
export const anyPassword = z.string().min(1).max(256);

export const userSchema = z
  .object({
    id: z.string().openapi({ example: 'us_0f3k8q2m9v1x7c4d' }),
    email: z.string(),
    name: z.string(),
    instanceOwner: z.boolean().openapi({ description: 'The first account of this install.' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('User');
export type UserResponse = z.infer<typeof userSchema>;

export const userEnvelope = z.object({ user: userSchema }).openapi('UserEnvelope');

export const toUserResponse = (user: UserRecord): UserResponse => ({
  id: user.id,
  email: user.email,
  name: user.name,
  instanceOwner: user.isInstanceOwner,
  createdAt: user.createdAt.toISOString(),
});

/** Responses that set or clear the session cookie. */
export const setCookieHeader = z.object({ 'Set-Cookie': z.string().openapi({ description: 'The session cookie (httpOnly).' }) });
