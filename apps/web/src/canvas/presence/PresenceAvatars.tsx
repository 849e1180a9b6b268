import { useSyncExternalStore } from 'react';
import { initialsOf } from './colour.js';
import { usePresenceStore } from './context.js';
import type { Person } from './presence-store.js';

const SHOWN = 5;

/** Who else is on this graph; click someone to follow their view (again to stop). */
export const PresenceAvatars = () => {
  const presence = usePresenceStore();
  const subscribe = presence?.subscribePeople ?? noopSubscribe;
  const people = useSyncExternalStore(subscribe, presence?.getPeople ?? noPeople);
  const following = useSyncExternalStore(presence?.subscribeFollowing ?? noopSubscribe, presence?.getFollowing ?? noOne);
  if (!presence || people.length === 0) return null;
  const shown = people.slice(0, SHOWN);
  const more = people.length - shown.length;
  return (
    <div className="presence-avatars" role="group" aria-label="People on this graph" data-testid="presence-avatars">
      {shown.map(({ user, clientId }) => {
        const active = following === clientId;
        return (
          <button
            key={user.id}
            type="button"
            className={`presence-avatar${active ? ' is-following' : ''}`}
            style={{ ['--peer' as string]: user.colour }}
            title={active ? `Following ${user.name} (click to stop)` : `${user.name} — click to follow their view`}
            aria-label={active ? `Stop following ${user.name}` : `Follow ${user.name}`}
            aria-pressed={active}
            data-testid="presence-avatar"
            data-user={user.name}
            onClick={() => presence.follow(active ? null : clientId)}
          >
            {initialsOf(user.name)}
          </button>
        );
      })}
      {more > 0 && (
        <span className="presence-avatar presence-avatar--more" title={people.slice(SHOWN).map(({ user }) => user.name).join(', ')}>
          +{more}
        </span>
      )}
    </div>
  );
};

const noopSubscribe = () => () => {};
const EMPTY: readonly Person[] = [];
const noPeople = () => EMPTY;
const noOne = () => null;
