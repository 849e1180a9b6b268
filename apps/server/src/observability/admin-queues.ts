import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { UserRecord } from '@pc/db';
import type { Queue } from 'bullmq';
import type { Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors/api-error.js';

export const ADMIN_QUEUES_PATH = '/admin/queues';

/**
 * An instance owner: the first account of the install (`users.is_instance_owner`), or a
 * signed-in account whose email is listed in `ADMIN_EMAILS`. Only a browser session
 * qualifies; API keys never open the dashboard.
 */
export const isInstanceAdmin = (user: UserRecord, adminEmails: readonly string[]): boolean =>
  user.isInstanceOwner || adminEmails.includes(user.email.toLowerCase());

export interface AdminQueuesOptions {
  /** The BullMQ queues (scaled mode); undefined in the embedded mode, where the dashboard answers 404. */
  queues: readonly Queue[] | undefined;
  adminEmails: readonly string[];
  /** Who is calling, then the same-origin check for the dashboard's POST/PUT actions, then a body limit. */
  guards: readonly MiddlewareHandler<AppEnv>[];
}

/** bull-board links Google Fonts; the CSP allows only this origin, so the page uses its fallback fonts without asking. */
const withoutRemoteFonts: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
  const html = (await c.res.text()).replace(/<link[^>]+fonts\.googleapis\.com[^>]*>/g, '');
  c.res = new Response(html, { status: c.res.status, headers: c.res.headers });
};

/**
 * `/admin/queues`: the bull-board dashboard of the node job queues (waiting, active,
 * failed jobs; retry, clean), for instance owners. Its scripts, styles and images are
 * served from the installed @bull-board/ui package under this path: nothing is fetched
 * from elsewhere and the default CSP holds.
 */
export function registerAdminQueues(app: Hono<AppEnv>, { queues, adminEmails, guards }: AdminQueuesOptions): void {
  const paths = [ADMIN_QUEUES_PATH, `${ADMIN_QUEUES_PATH}/*`];
  if (!queues) {
    for (const path of paths)
      app.all(path, () => {
        throw new ApiError('not_found', { detail: 'The queue dashboard exists in the scaled mode only (REDIS_URL set); the embedded mode runs jobs in process.' });
      });
    return;
  }
  const admins = adminEmails.map((email) => email.toLowerCase());
  for (const path of paths) {
    for (const guard of guards) app.use(path, guard);
    app.use(path, async (c, next) => {
      const actor = c.var.actor;
      if (!actor) throw new ApiError('unauthenticated', { detail: 'Sign in as an instance owner to open the queue dashboard.' });
      if (actor.kind !== 'session' || !isInstanceAdmin(actor.user, admins))
        throw new ApiError('forbidden', { detail: 'The queue dashboard is for instance owners (the first account, or ADMIN_EMAILS).' });
      await next();
    });
    app.use(path, withoutRemoteFonts);
  }
  const adapter = new HonoAdapter(serveStatic).setBasePath(ADMIN_QUEUES_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Production Canvas queues' } },
  });
  app.route(ADMIN_QUEUES_PATH, adapter.registerPlugin());
}
