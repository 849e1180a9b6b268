import { memo } from 'react';
import { Ban, Check, CircleDashed, Database, History, Loader2, SkipForward, X } from 'lucide-react';
import { Explained } from '../../ui/Explained.js';
import { useRuns } from '../store/react.js';
import type { RunNodeState } from './run-reducer.js';
import { selectNodeRefused, selectNodeRun, selectNodeStale } from './run-store.js';
import { nodeStatusLabel } from './status-meta.js';

const explanationFor = (node: RunNodeState): string => {
  switch (node.status) {
    case 'queued':
      return 'Queued: waiting for its inputs or a worker';
    case 'running':
      return node.progress !== null ? `Running: ${Math.round(node.progress * 100)}%${node.message ? ` — ${node.message}` : ''}` : 'Running';
    case 'succeeded':
      return node.attempts > 1 ? `Done (after ${node.attempts} attempts)` : 'Done';
    case 'cached':
      return 'Done — from cache (same inputs as an earlier run, nothing ran)';
    case 'failed':
      return `Failed: ${node.error?.message ?? 'unknown error'}`;
    case 'skipped':
      return 'Skipped: an upstream node failed';
    case 'cancelled':
      return 'Cancelled';
  }
};

const Icon = ({ node }: { node: RunNodeState }) => {
  switch (node.status) {
    case 'queued':
      return <CircleDashed size={12} aria-hidden />;
    case 'running':
      return <Loader2 size={12} className="spin" aria-hidden />;
    case 'succeeded':
      return <Check size={12} aria-hidden />;
    case 'cached':
      return (
        <>
          <Check size={12} aria-hidden />
          <Database size={9} className="run-badge__cache" aria-hidden />
        </>
      );
    case 'failed':
      return <X size={12} aria-hidden />;
    case 'skipped':
      return <SkipForward size={12} aria-hidden />;
    case 'cancelled':
      return <Ban size={12} aria-hidden />;
  }
};

/**
 * A node's status in the run shown (live or viewed). Its own memoised component, subscribed
 * to that node's run state only, so an event re-renders one badge and not the card. The card's
 * outline colour follows the badge's `data-run-status` (CSS `:has`). A refused run's mark is
 * drawn only when `refusalShownElsewhere` is false: a node with a problem on the canvas has
 * its problem badge say it stopped the run, with the reason, instead of a second red "×".
 */
export const RunBadge = memo(({ nodeId, refusalShownElsewhere = false }: { nodeId: string; refusalShownElsewhere?: boolean }) => {
  const node = useRuns(selectNodeRun(nodeId));
  const refused = useRuns(selectNodeRefused(nodeId));
  const stale = useRuns(selectNodeStale(nodeId));
  if (!node) {
    if (!refused || refusalShownElsewhere) return null;
    return (
      <Explained explanation="The run was refused over this node: the message shown when Run was pressed says why" side="above" align="end" bubbleClassName="run-badge__tooltip">
        {(trigger) => (
          <span className="run-badge run-badge--refused" data-testid="node-run-status" data-run-status="refused" tabIndex={0} aria-label="Run: refused" {...trigger}>
            <X size={12} aria-hidden />
          </span>
        )}
      </Explained>
    );
  }
  const explanation = stale ? `Stale: its params or inputs changed since this run. ${explanationFor(node)}` : explanationFor(node);
  const percent = node.status === 'running' && node.progress !== null ? Math.round(node.progress * 100) : null;
  return (
    <Explained explanation={explanation} side="above" align="end" bubbleClassName="run-badge__tooltip">
      {(trigger) => (
        <span
          className={`run-badge run-badge--${node.status}${stale ? ' run-badge--stale' : ''}`}
          data-testid="node-run-status"
          data-run-status={node.status}
          {...(stale ? { 'data-stale': 'true' } : {})}
          tabIndex={0}
          aria-label={`Run: ${nodeStatusLabel[node.status]}${stale ? ', stale' : ''}`}
          {...trigger}
        >
          <Icon node={node} />
          {stale && (
            <>
              <History size={11} aria-hidden />
              <span className="run-badge__label">Stale</span>
            </>
          )}
          {percent !== null && <span className="run-badge__percent">{percent}%</span>}
          {node.status === 'failed' && <span className="run-badge__label">Failed</span>}
        </span>
      )}
    </Explained>
  );
});
RunBadge.displayName = 'RunBadge';
