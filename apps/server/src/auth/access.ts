import { findGraph, findGraphAccess, findMemberWorkspace, type Db, type GraphRecord, type MemberWorkspace, type WorkspaceRole } from '@pc/db';
import type { MiddlewareHandler } from 'hono';
import { assertNever } from '../assert-never.js';
import { ApiError, notFound } from '../errors/api-error.js';
import { BEARER_CHALLENGE } from '../middleware/authenticate/index.js';
import { hasScope, type Actor } from './actor.js';
import type { GraphAccessLookup } from './early-graph-access.js';

/**
 * What a route needs from its caller:
 * - `read` / `write` / `run`: someone signed in; an API key needs that scope (`run`:
 *   starting and cancelling graph runs);
 * - `session`: a person in the browser (API keys cannot manage API keys or passwords:
 *   a leaked key must not be able to mint more keys or lock its owner out).
 */
export type RouteAccess = 'read' | 'write' | 'run' | 'session';

/** The OpenAPI security schemes (registered by `createApp`). */
export const SESSION_COOKIE_SCHEME = 'sessionCookie';
export const BEARER_KEY_SCHEME = 'apiKey';

/**
 * Spread into `createRoute`: the guard that runs before validation (an anonymous caller
 * learns nothing about the request's shape) and the route's OpenAPI `security`.
 */
export function signedIn(access: RouteAccess): { middleware: MiddlewareHandler<{ Variables: { actor: Actor } }>; security: Record<string, string[]>[] } {
  const schemes = access === 'session' ? [SESSION_COOKIE_SCHEME] : [SESSION_COOKIE_SCHEME, BEARER_KEY_SCHEME];
  return { middleware: requireActor(access), security: schemes.map((scheme) => ({ [scheme]: [] })) };
}

function requireActor(access: RouteAccess): MiddlewareHandler<{ Variables: { actor: Actor } }> {
  // Not async: it awaits nothing, and hono catches a synchronous throw as it does a rejection.
  return function requireActorMiddleware(c, next) {
    const actor = c.get('actor') as Actor | undefined;
    if (!actor) {
      throw new ApiError('unauthenticated', { detail: 'Sign in, or send an API key as a bearer token.', headers: { 'WWW-Authenticate': BEARER_CHALLENGE } });
    }
    switch (access) {
      case 'session':
        if (actor.kind !== 'session') throw new ApiError('session_required', { detail: 'Only a signed-in person can do this, not an API key.' });
        break;
      case 'read':
      case 'write':
      case 'run':
        if (!hasScope(actor, access)) throw new ApiError('insufficient_scope', { detail: `This API key lacks the \`${access}\` scope.` });
        break;
      default:
        assertNever(access);
    }
    return next();
  };
}

/** What a member may do in a workspace. */
export type WorkspacePermission = 'read' | 'write' | 'manage';

const ROLE_PERMISSIONS: Record<WorkspaceRole, readonly WorkspacePermission[]> = {
  viewer: ['read'],
  editor: ['read', 'write'],
  owner: ['read', 'write', 'manage'],
};

export const roleAllows = (role: WorkspaceRole, permission: WorkspacePermission): boolean => ROLE_PERMISSIONS[role].includes(permission);

/**
 * The workspace, when the actor is a member whose role allows `permission`. An outsider
 * gets the same 404 as for a workspace that does not exist: no hint that it does.
 */
export async function workspaceFor(db: Db, actor: Actor, workspaceId: string, permission: WorkspacePermission): Promise<MemberWorkspace> {
  const workspace = await findMemberWorkspace(db, workspaceId, actor.user.id);
  if (!workspace) throw notFound(`Workspace ${workspaceId}`);
  if (!roleAllows(workspace.role, permission)) throw forbidden(workspace.role, permission);
  return workspace;
}

/**
 * Whether the actor's role in a live graph's workspace allows `permission` (404 for
 * outsiders, 403 when the role falls short), in one query that does not read the document:
 * for routes that only need the check.
 */
export async function checkGraphAccess(
  db: Db,
  actor: Actor,
  graphId: string,
  permission: WorkspacePermission,
  /** The same lookup, started earlier (`earlyGraphAccess`). */
  lookup?: GraphAccessLookup,
): Promise<{ workspaceId: string; role: WorkspaceRole; revision: number }> {
  const access = await (lookup ?? findGraphAccess(db, graphId, actor.user.id));
  if (!access) throw notFound(`Graph ${graphId}`);
  if (!roleAllows(access.role, permission)) throw forbidden(access.role, permission);
  return access;
}

/** The live graph, when the actor's role in its workspace allows `permission`; 404 for outsiders. */
export async function graphFor(db: Db, actor: Actor, graphId: string, permission: WorkspacePermission): Promise<GraphRecord> {
  const graph = await findGraph(db, graphId);
  const workspace = graph && (await findMemberWorkspace(db, graph.workspaceId, actor.user.id));
  if (!graph || !workspace) throw notFound(`Graph ${graphId}`);
  if (!roleAllows(workspace.role, permission)) throw forbidden(workspace.role, permission);
  return graph;
}

const forbidden = (role: WorkspaceRole, permission: WorkspacePermission) =>
  new ApiError('forbidden', {
    detail: `A ${role} cannot ${permission === 'manage' ? 'manage this workspace' : 'change this'}.`,
    extensions: { role },
  });
