import { useSyncExternalStore } from 'react';
import { api, onUnauthenticated } from '../api/client.js';
import type { Me, Workspace } from '../api/types.js';

/*
 * Who is signed in, and which workspace they are looking at. A tiny external store:
 * loaded once from GET /auth/session, refreshed after changes to workspaces, and cleared when any
 * API call answers 401 (the App then sends the person to sign-in and back).
 */

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: Me; currentWorkspaceId: string };

const WORKSPACE_KEY = 'pc.currentWorkspace';
let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

const set = (next: SessionState) => {
  state = next;
  listeners.forEach((listener) => listener());
};

const pickWorkspace = (me: Me, preferred: string | null): string =>
  me.workspaces.find((workspace) => workspace.id === preferred)?.id ?? me.workspaces.find((workspace) => workspace.personal)?.id ?? me.workspaces[0]?.id ?? '';

/** Reads GET /auth/session into the store; nobody signed in (or a failed ask) leaves it signed out. */
export async function refreshSession(): Promise<void> {
  try {
    const { me } = await api.getSession();
    if (!me) {
      set({ status: 'signed-out' });
      return;
    }
    const current = state.status === 'signed-in' ? state.currentWorkspaceId : localStorage.getItem(WORKSPACE_KEY);
    set({ status: 'signed-in', me, currentWorkspaceId: pickWorkspace(me, current) });
  } catch {
    set({ status: 'signed-out' });
  }
}

export function switchWorkspace(workspaceId: string): void {
  if (state.status !== 'signed-in') return;
  localStorage.setItem(WORKSPACE_KEY, workspaceId);
  set({ ...state, currentWorkspaceId: workspaceId });
}

export async function signOut(): Promise<void> {
  try {
    await api.signOut();
  } finally {
    set({ status: 'signed-out' });
  }
}

onUnauthenticated(() => {
  if (state.status !== 'signed-out') set({ status: 'signed-out' });
});

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The session now, for code outside React (after `refreshSession`). */
export const getSession = (): SessionState => state;

export const useSession = (): SessionState => useSyncExternalStore(subscribe, () => state, () => state);

/** The workspace being looked at, when signed in. */
export const currentWorkspace = (session: SessionState): Workspace | undefined =>
  session.status === 'signed-in' ? session.me.workspaces.find((workspace) => workspace.id === session.currentWorkspaceId) : undefined;

/** The signed-in person's role in a workspace (undefined: not a member). */
export const roleIn = (session: SessionState, workspaceId: string) =>
  session.status === 'signed-in' ? session.me.workspaces.find((workspace) => workspace.id === workspaceId)?.role : undefined;
