/** `?revision=12&run=run…`: the read-only view of the document a run executed. */
export interface RevisionParams {
  readonly revision: number;
  readonly runId: string | null;
}

export const parseRevisionParams = (search: string): RevisionParams | null => {
  const params = new URLSearchParams(search);
  const raw = params.get('revision');
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  return { revision: Number(raw), runId: params.get('run') };
};
