import { createContext, useContext } from 'react';
import type { PresenceStore } from './presence-store.js';

/** Presence of the other people on the open graph; null without a live connection. */
export const PresenceContext = createContext<PresenceStore | null>(null);

export const usePresenceStore = (): PresenceStore | null => useContext(PresenceContext);
