import type { RunSummary } from '../../api/types.js';

/**
 * Who started a run, as the history says it: "you", their name, or "a former member" for someone
 * who has left the workspace or whose account is gone (a run keeps its requester's id; the
 * history's page says whether they are still a member). Undefined while a run that arrived live
 * was started by someone no page has named yet: the history reads its first page again.
 */
export const requesterLabel = (run: Pick<RunSummary, 'requestedBy'>, me: string | null, people: Readonly<Record<string, string | null>>): string | undefined => {
  if (run.requestedBy === null) return 'a former member';
  if (run.requestedBy === me) return 'you';
  if (!(run.requestedBy in people)) return undefined;
  return people[run.requestedBy] ?? 'a former member';
};
