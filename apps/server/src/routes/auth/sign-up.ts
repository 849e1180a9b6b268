import { createRoute, z } from '@hono/zod-openapi';
import { signUpUser } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import { startSession } from '../../auth/sessions.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { email, newPassword, setCookieHeader, toUserResponse, userEnvelope } from './schemas.js';

export const signUpBody = z
  .object({ email, password: newPassword, name: z.string().trim().min(1).max(100).openapi({ example: 'Ana Ruiz' }) })
  .openapi('SignUp');
export type SignUpBody = z.infer<typeof signUpBody>;

export const signUpRoute = createRoute({
  method: 'post',
  path: '/auth/signup',
  tags: ['Auth'],
  summary: 'Create an account and sign in',
  description: 'The account gets a personal workspace. The first account of an install becomes the instance owner.',
  request: { body: { required: true, content: { 'application/json': { schema: signUpBody } } } },
  responses: {
    201: { description: 'Signed up and signed in', headers: setCookieHeader, content: { 'application/json': { schema: userEnvelope } } },
    ...problemResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'email_taken', 'csrf_rejected'),
  },
});

export function registerSignUp(api: ApiApp, { database, passwords, sessions, signInLimiter, now }: RouteDeps): void {
  api.openapi(signUpRoute, async (c) => {
    const body = c.req.valid('json');
    await signInLimiter.admitSignUp(c);
    const result = await signUpUser(database.db, { email: body.email, name: body.name, passwordHash: await passwords.hash(body.password) });
    switch (result.kind) {
      case 'created':
        await startSession(c, database.db, sessions, result.user.id, now());
        c.header('Cache-Control', 'no-store');
        return c.json({ user: toUserResponse(result.user) }, 201);
      case 'email_taken':
        throw new ApiError('email_taken', { detail: 'An account with this email exists. Sign in instead.' });
      default:
        return assertNever(result);
    }
  });
}
