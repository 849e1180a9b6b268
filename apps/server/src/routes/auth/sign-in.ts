import { createRoute, z } from '@hono/zod-openapi';
import { findUserCredentials } from '@pc/db';
import { createDecoyHash } from '../../auth/password.js';
import { endSession, startSession } from '../../auth/sessions.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { anyPassword, email, setCookieHeader, toUserResponse, userEnvelope } from './schemas.js';

export const signInBody = z.object({ email, password: anyPassword }).openapi('SignIn');
export type SignInBody = z.infer<typeof signInBody>;

export const signInRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Auth'],
  summary: 'Sign in',
  description:
    'Starts a new session (a new cookie value on every sign-in). Failed attempts are limited per account and IP address, and all attempts per IP address, in 15-minute windows.',
  request: { body: { required: true, content: { 'application/json': { schema: signInBody } } } },
  responses: {
    200: { description: 'Signed in', headers: setCookieHeader, content: { 'application/json': { schema: userEnvelope } } },
    ...problemResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'invalid_credentials', 'csrf_rejected'),
  },
});

export function registerSignIn(api: ApiApp, { database, passwords, sessions, signInLimiter, now }: RouteDeps): void {
  let decoyHash: Promise<string> | undefined;
  api.openapi(signInRoute, async (c) => {
    const { email: address, password } = c.req.valid('json');
    await signInLimiter.admit(c, address);
    const account = await findUserCredentials(database.db, address);
    // An unknown address costs one scrypt too, so timing does not tell which emails have accounts.
    const matches = await passwords.verify(password, account?.passwordHash ?? (await (decoyHash ??= createDecoyHash(passwords))));
    if (!account || !matches) {
      await signInLimiter.recordFailure(c, address);
      throw new ApiError('invalid_credentials', { detail: 'The email or the password is wrong.' });
    }
    await signInLimiter.recordSuccess(c, address);
    // Whatever session this browser had ends: one sign-in, one fresh session id.
    const previous = c.var.actor;
    if (previous?.kind === 'session') await endSession(c, database.db, sessions, previous.tokenHash);
    await startSession(c, database.db, sessions, account.id, now());
    c.header('Cache-Control', 'no-store');
    const { passwordHash: _hash, ...user } = account;
    return c.json({ user: toUserResponse(user) }, 200);
  });
}
