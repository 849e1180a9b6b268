import { api } from '../../api/client.js';

/**
 * Restores `revision` as the graph's newest revision. The state it replaces is snapshotted
 * first ("Before restoring revision N"), so a restore is never the end of anyone's work, and
 * that snapshot's revision is the restore's `If-Match`: an edit that lands in between makes
 * it a 412 instead of being overwritten unseen.
 */
export const restoreRevision = async (graphId: string, revision: number): Promise<{ restored: number; kept: number }> => {
  const before = await api.snapshotGraph(graphId, `Before restoring revision ${revision}`);
  const restored = await api.restoreRevision(graphId, revision, before.revision);
  return { restored: restored.revision, kept: before.revision };
};

/**
 * The graph's revision now, with the edits of the last moments written first (the revisions
 * list flushes them): the snapshot with this number, if any, is the graph as it is, and
 * restoring it would only save the same state again.
 */
export const currentGraphRevision = async (graphId: string, signal?: AbortSignal): Promise<number> =>
  (await api.listRevisions(graphId, { limit: 1 }, signal)).graphRevision;

/** The toast after a restore: what became of the revision and of the state it replaced. */
export const restoredToast = (revision: number, { restored, kept }: { restored: number; kept: number }) => ({
  tone: 'success' as const,
  title: `Revision ${revision} restored as revision ${restored}`,
  detail: `The graph as it was just before is saved as revision ${kept}.`,
});

/** The detail of a failed restore: a 412 means someone changed the graph in between. */
export const restoreFailedDetail = (status: number | undefined, summary: string) =>
  status === 412 ? 'Someone changed the graph at that moment; try again.' : summary;
