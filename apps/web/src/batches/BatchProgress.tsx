import type { BatchCounts } from '../api/types.js';

const share = (part: number, total: number) => `${total === 0 ? 0 : (part / total) * 100}%`;

/** One bar, one segment per outcome: succeeded, failed, cancelled, then running; queued is the rest. */
export const BatchProgress = ({ counts }: { counts: BatchCounts }) => {
  const finished = counts.succeeded + counts.failed + counts.cancelled;
  return (
    <div
      className="batch-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={counts.total}
      aria-valuenow={finished}
      aria-label={`${finished} of ${counts.total} items finished`}
      data-testid="batch-progress"
    >
      <span className="batch-progress__segment batch-progress__segment--succeeded" style={{ width: share(counts.succeeded, counts.total) }} />
      <span className="batch-progress__segment batch-progress__segment--failed" style={{ width: share(counts.failed, counts.total) }} />
      <span className="batch-progress__segment batch-progress__segment--cancelled" style={{ width: share(counts.cancelled, counts.total) }} />
      <span className="batch-progress__segment batch-progress__segment--running" style={{ width: share(counts.running, counts.total) }} />
    </div>
  );
};

/** "12 / 40 · 2 failed". */
export const countsSummary = (counts: BatchCounts): string => {
  const finished = counts.succeeded + counts.failed + counts.cancelled;
  const extras = [counts.running > 0 ? `${counts.running} running` : '', counts.failed > 0 ? `${counts.failed} failed` : '', counts.cancelled > 0 ? `${counts.cancelled} cancelled` : ''].filter(Boolean);
  return [`${finished} / ${counts.total}`, ...extras].join(' · ');
};

/** "about 3 min left". */
export const etaText = (seconds: number | null): string => {
  if (seconds === null) return '';
  if (seconds < 60) return `about ${seconds} s left`;
  if (seconds < 3_600) return `about ${Math.round(seconds / 60)} min left`;
  return `about ${Math.round(seconds / 360) / 10} h left`;
};
