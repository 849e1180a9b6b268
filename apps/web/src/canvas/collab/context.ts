import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { initialConnectionState, type ConnectionState } from './connection-state.js';
import type { CollabConnection } from './collab-connection.js';
import { createStore } from 'zustand/vanilla';

/** The open graph's live connection; null on a canvas that has none (a past revision, tests). */
export const CollabContext = createContext<CollabConnection | null>(null);

export const useCollab = (): CollabConnection | null => useContext(CollabContext);

// A canvas without a connection reads a fixed state, so hooks stay unconditional.
const detached = createStore<ConnectionState>()(() => initialConnectionState(true));

export const useConnection = <T,>(selector: (state: ConnectionState) => T): T => useStore(useCollab()?.state ?? detached, selector);
