import type { IncomingMessage } from 'node:http';
import { findGraphAccess, findLiveSession, isApiKeyLive, isGraphId, type Db, type WorkspaceRole } from '@pc/db';
import { hashSecret } from '../auth/tokens.js';
import type { CollabTokenCodec } from './collab-token.js';

/** Where the collab endpoint lives: `/collab/<graphId>` (y-websocket appends the room name to the server URL). */
export const COLLAB_PATH_PREFIX = '/collab/';

export type UpgradeDecision =
  | { kind: 'accept'; graphId: string; userId: string; role: WorkspaceRole; workspaceId: string; sessionHash: string | null; apiKeyId: string | null }
  /** HTTP status of the refusal: 401 no/invalid credentials, 403 foreign Origin, 404 unknown graph or no access. */
  | { kind: 'refuse'; status: 400 | 401 | 403 | 404 };

export interface UpgradeAuthOptions {
  db: Db;
  tokens: () => Promise<CollabTokenCodec>;
  sessionIdleMs: number;
  /** `PUBLIC_URL`'s origin when set: the only origin browsers may connect from. */
  publicOrigin: string | undefined;
  trustProxy: boolean;
  now: () => Date;
}

const ROLE_RANK: Record<WorkspaceRole, number> = { viewer: 0, editor: 1, owner: 2 };
const weaker = (a: WorkspaceRole, b: WorkspaceRole): WorkspaceRole => (ROLE_RANK[a] <= ROLE_RANK[b] ? a : b);

/** The session token from the Cookie header (either cookie name: `__Host-` over https). */
function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  const token = cookies.get('__Host-pc_session') ?? cookies.get('pc_session');
  return token && /^[\w-]{43}$/.test(token) ? token : undefined;
}

/**
 * Whether a browser page on `origin` may use the session cookie here. Browsers always
 * send Origin on a WebSocket handshake and never let a page change it, so a foreign
 * Origin is another site trying to ride the user's cookie (cross-site WebSocket
 * hijacking: SameSite=Lax does not cover WebSockets). Scripts send no Origin.
 */
function originAllowed(request: IncomingMessage, origin: string, { publicOrigin, trustProxy }: UpgradeAuthOptions): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicOrigin) return parsed.origin === publicOrigin;
  const forwardedHost = trustProxy ? String(request.headers['x-forwarded-host'] ?? '').split(',')[0]?.trim() : undefined;
  const host = forwardedHost || request.headers.host;
  return host !== undefined && parsed.host === host && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

/**
 * Decides an upgrade to /collab/:graphId before it completes: who is asking (a collab
 * token in `?token=`, else the session cookie with an Origin check), and their current
 * role in the graph's workspace. An unknown graph and a graph the caller may not see get
 * the same 404, so a refusal tells nothing about the document.
 */
export async function authorizeUpgrade(request: IncomingMessage, options: UpgradeAuthOptions): Promise<UpgradeDecision> {
  const url = new URL(request.url ?? '/', 'http://collab.invalid');
  const graphId = decodeURIComponent(url.pathname.slice(COLLAB_PATH_PREFIX.length));
  if (!url.pathname.startsWith(COLLAB_PATH_PREFIX) || !isGraphId(graphId)) return { kind: 'refuse', status: 404 };

  let userId: string;
  let roleCap: WorkspaceRole = 'owner';
  let sessionHash: string | null = null;
  let apiKeyId: string | null = null;
  const token = url.searchParams.get('token');
  if (token !== null) {
    const claims = (await options.tokens()).verify(token, options.now().getTime());
    if (!claims) return { kind: 'refuse', status: 401 };
    // A token for another graph is as good as none here.
    if (claims.graphId !== graphId) return { kind: 'refuse', status: 404 };
    userId = claims.userId;
    roleCap = claims.role;
    // A revoked (or expired) key's tokens die with it, not 5 minutes later.
    if (claims.apiKeyId !== undefined) {
      if (!(await isApiKeyLive(options.db, userId, claims.apiKeyId, options.now()))) return { kind: 'refuse', status: 401 };
      apiKeyId = claims.apiKeyId;
    }
  } else {
    const origin = request.headers.origin;
    if (origin !== undefined && !originAllowed(request, origin, options)) return { kind: 'refuse', status: 403 };
    const sessionToken = sessionTokenFrom(request.headers.cookie);
    const tokenHash = sessionToken && hashSecret(sessionToken);
    const session = tokenHash && (await findLiveSession(options.db, tokenHash, options.now(), options.sessionIdleMs));
    if (!tokenHash || !session) return { kind: 'refuse', status: 401 };
    userId = session.user.id;
    sessionHash = tokenHash;
  }

  // Every joiner passes here (a join storm: one query each, and not the document).
  const access = await findGraphAccess(options.db, graphId, userId);
  if (!access) return { kind: 'refuse', status: 404 };
  return { kind: 'accept', graphId, userId, role: weaker(access.role, roleCap), workspaceId: access.workspaceId, sessionHash, apiKeyId };
}
