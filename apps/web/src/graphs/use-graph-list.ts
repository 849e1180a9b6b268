import { useCallback, useEffect, useState } from 'react';
import { api, ApiProblem } from '../api/client.js';
import type { GraphSummary } from '../api/types.js';

export type GraphListState =
  | { status: 'loading' }
  | { status: 'error'; problem: ApiProblem }
  | { status: 'ready'; graphs: GraphSummary[]; nextCursor: string | null; loadingMore: boolean };

const toProblem = (error: unknown) =>
  error instanceof ApiProblem ? error : new ApiProblem({ type: 'about:blank', title: 'Unexpected error', status: -1, code: 'unexpected', detail: String(error) });

/** The graph list with local edits applied optimistically (rename, delete, create). */
export const useGraphList = (workspaceId: string | undefined) => {
  const [state, setState] = useState<GraphListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api
      .listGraphs({ limit: 50, workspaceId }, controller.signal)
      .then((page) => setState({ status: 'ready', graphs: page.graphs, nextCursor: page.nextCursor, loadingMore: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', problem: toProblem(error) });
      });
    return () => controller.abort();
  }, [attempt, workspaceId]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.nextCursor) return;
    setState({ ...state, loadingMore: true });
    try {
      const page = await api.listGraphs({ limit: 50, cursor: state.nextCursor, workspaceId });
      setState((current) =>
        current.status === 'ready'
          ? { status: 'ready', graphs: [...current.graphs, ...page.graphs.filter((g) => !current.graphs.some((c) => c.id === g.id))], nextCursor: page.nextCursor, loadingMore: false }
          : current,
      );
    } catch (error) {
      setState({ status: 'error', problem: toProblem(error) });
    }
  }, [state, workspaceId]);

  const update = useCallback((recipe: (graphs: GraphSummary[]) => GraphSummary[]) => {
    setState((current) => (current.status === 'ready' ? { ...current, graphs: recipe(current.graphs) } : current));
  }, []);

  return { state, reload, loadMore, update };
};
