import { createRoute, z } from '@hono/zod-openapi';
import { deleteUserSessions, findPasswordHash, updatePasswordHash } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import { startSession } from '../../auth/sessions.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { anyPassword, newPassword, setCookieHeader } from './schemas.js';

export const changePasswordBody = z.object({ currentPassword: anyPassword, newPassword }).openapi('ChangePassword');
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const changePasswordRoute = createRoute({
  ...signedIn('session'),
  method: 'post',
  path: '/auth/password',
  tags: ['Auth'],
  summary: 'Change your password',
  description:
    'Every session of the account ends, on every device; this browser gets a new one. API keys stay valid (revoke them on their own screen).',
  request: { body: { required: true, content: { 'application/json': { schema: changePasswordBody } } } },
  responses: {
    204: { description: 'Changed; a new session cookie is set', headers: setCookieHeader },
    ...problemResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'unauthenticated', 'session_required', 'csrf_rejected'),
  },
});

export function registerChangePassword(api: ApiApp, { database, passwords, sessions, signInLimiter, now, collab }: RouteDeps): void {
  api.openapi(changePasswordRoute, async (c) => {
    const { currentPassword, newPassword: replacement } = c.req.valid('json');
    const user = c.var.actor.user;
    // A stolen session must not be a free password-guessing oracle.
    await signInLimiter.admit(c, `password-change:${user.id}`);
    const stored = await findPasswordHash(database.db, user.id);
    if (!stored || !(await passwords.verify(currentPassword, stored))) {
      await signInLimiter.recordFailure(c, `password-change:${user.id}`);
      throw new ApiError('validation_failed', {
        detail: 'The current password is wrong.',
        errors: [{ path: 'currentPassword', message: 'This is not your current password.', code: 'incorrect_password' }],
      });
    }
    await signInLimiter.recordSuccess(c, `password-change:${user.id}`);
    await updatePasswordHash(database.db, user.id, await passwords.hash(replacement));
    await deleteUserSessions(database.db, user.id);
    // Every socket opened with one of those sessions closes (4401); this browser reopens with its new cookie.
    await collab.sessionsEnded(user.id);
    await startSession(c, database.db, sessions, user.id, now());
    return c.body(null, 204);
  });
}
