import { deleteSession, insertSession, type Db } from '@pc/db';
import type { Context } from 'hono';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.js';
import { hashSecret, newSessionToken } from './tokens.js';

/** How long sessions live, and how the server knows whether cookies must be Secure. */
export interface SessionSettings {
  /** A session unused for this long is over. */
  idleMs: number;
  /** A session is over this long after sign-in, however busy. */
  absoluteMs: number;
  isHttps: (c: Context) => boolean;
}

/**
 * Signs a user in on this browser: a new random token (never reused across sign-ins, so
 * a token planted before sign-in is worthless after it), stored hashed, set as the cookie.
 */
export async function startSession(c: Context, db: Db, settings: SessionSettings, userId: string, now: Date): Promise<void> {
  const token = newSessionToken();
  await insertSession(db, { tokenHash: hashSecret(token), userId, now, expiresAt: new Date(now.getTime() + settings.absoluteMs) });
  writeSessionCookie(c, token, { secure: settings.isHttps(c), maxAgeSeconds: Math.floor(settings.absoluteMs / 1000) });
}

/** Ends a session server-side and clears the cookie. */
export async function endSession(c: Context, db: Db, settings: SessionSettings, tokenHash: string | undefined): Promise<void> {
  if (tokenHash) await deleteSession(db, tokenHash);
  clearSessionCookie(c, settings.isHttps(c));
}
