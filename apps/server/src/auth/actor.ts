import type { ApiKeyScope, UserRecord } from '@pc/db';

/**
 * Who is making a request. A session (a person in the browser) may do anything their
 * roles allow; an API key (a script) only what its scopes allow on top of that.
 */
export type Actor =
  | { kind: 'session'; user: UserRecord; tokenHash: string }
  | { kind: 'api_key'; user: UserRecord; keyId: string; scopes: readonly ApiKeyScope[] };

/** Whether an actor may use a scope: sessions hold every scope, keys the ones they were given. */
export function hasScope(actor: Actor, scope: ApiKeyScope): boolean {
  switch (actor.kind) {
    case 'session':
      return true;
    case 'api_key':
      return actor.scopes.includes(scope);
    default: {
      const unknownActor: never = actor;
      throw new Error(`unknown actor ${JSON.stringify(unknownActor)}`);
    }
  }
}
