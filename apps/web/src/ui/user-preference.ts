import { useCallback, useState } from 'react';
import { z } from 'zod';
import { useSession } from '../auth/session.js';

/*
 * Small layout choices a person makes once and expects kept (the minimap folded away, the
 * properties sheet collapsed on a tablet): in this browser's localStorage, one key per
 * choice and signed-in user, so two people sharing a machine keep their own.
 */

const keyFor = (name: string, userId: string | null) => `pc.pref.${name}.${userId ?? 'signed-out'}`;

/** The stored choice, or `fallback` when none is stored, it is not one of `choices`, or storage is blocked. */
export const readPreference = <T extends string>(name: string, userId: string | null, choices: readonly [T, ...T[]], fallback: T): T => {
  try {
    const parsed = z.enum(choices).safeParse(localStorage.getItem(keyFor(name, userId)));
    return parsed.success ? (parsed.data as T) : fallback;
  } catch {
    return fallback;
  }
};

export const writePreference = (name: string, userId: string | null, value: string): void => {
  try {
    localStorage.setItem(keyFor(name, userId), value);
  } catch {
    // Storage full or blocked: the choice holds for this page only.
  }
};

/** A choice of the signed-in user, read once on mount and written on each change. */
export const useUserPreference = <T extends string>(name: string, choices: readonly [T, ...T[]], fallback: T): [T, (value: T) => void] => {
  const session = useSession();
  const userId = session.status === 'signed-in' ? session.me.user.id : null;
  const [value, setValue] = useState(() => readPreference(name, userId, choices, fallback));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writePreference(name, userId, next);
    },
    [name, userId],
  );
  return [value, set];
};
