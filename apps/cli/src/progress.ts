import type { Batch } from '@pc/sdk';

/** `[#######-------]  45%  450/1000  ✓ 440  ✗ 10  running 8  eta 41s` */
export function progressLine(batch: Batch, width = 30): string {
  const { total, succeeded, failed, cancelled, running } = batch.counts;
  const done = succeeded + failed + cancelled;
  const fraction = total === 0 ? 1 : done / total;
  const filled = Math.round(fraction * width);
  const eta = batch.etaSeconds === null ? '' : `  eta ${formatSeconds(batch.etaSeconds)}`;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${done}/${total}  ok ${succeeded}  failed ${failed}${cancelled ? `  cancelled ${cancelled}` : ''}  running ${running}${eta}`;
}

/** One line per change for logs and pipes: `bat… running 450/1000 succeeded 440 failed 10`. */
export function plainLine(batch: Batch): string {
  const { total, succeeded, failed, cancelled, running, queued } = batch.counts;
  const eta = batch.etaSeconds === null ? '' : ` eta=${batch.etaSeconds}s`;
  return `${batch.id} ${batch.status} ${succeeded + failed + cancelled}/${total} succeeded=${succeeded} failed=${failed} cancelled=${cancelled} running=${running} queued=${queued}${eta}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}
