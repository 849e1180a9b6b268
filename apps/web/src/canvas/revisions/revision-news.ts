import type { Awareness } from 'y-protocols/awareness';

/*
 * Saving a revision changes no document, so nothing reached the other people on the graph:
 * a collaborator's open Revisions dialog went on without the new row and with the "current"
 * mark where it had been. The saver says so over awareness (presence, already relayed to
 * everyone in the room, costing one small message); the dialogs that listen read the list
 * again. Runs announce themselves on the run stream, edits through the document.
 */

/** The awareness field: the newest revision this client saved. */
const FIELD = 'savedRevision';

type AwarenessLike = Pick<Awareness, 'clientID' | 'getStates' | 'setLocalStateField' | 'on' | 'off'>;

const savedBy = (state: Record<string, unknown> | undefined): number | null => {
  const value = state?.[FIELD];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
};

/** Tells the others on this graph that this client saved `revision`. */
export const announceSavedRevision = (awareness: Pick<Awareness, 'setLocalStateField'>, revision: number): void => {
  awareness.setLocalStateField(FIELD, revision);
};

/**
 * Calls `onSaved` when another client announces a revision it saved (not for what peers had
 * announced before this started watching, nor for this client's own).
 *
 * @returns stops watching.
 */
export const watchSavedRevisions = (awareness: AwarenessLike, onSaved: (revision: number) => void): (() => void) => {
  const known = new Map<number, number | null>();
  for (const [clientId, state] of awareness.getStates()) known.set(clientId, savedBy(state));
  const changed = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    for (const clientId of removed) known.delete(clientId);
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue;
      const revision = savedBy(awareness.getStates().get(clientId));
      if (revision === (known.get(clientId) ?? null)) continue;
      known.set(clientId, revision);
      if (revision !== null) onSaved(revision);
    }
  };
  awareness.on('change', changed);
  return () => awareness.off('change', changed);
};
