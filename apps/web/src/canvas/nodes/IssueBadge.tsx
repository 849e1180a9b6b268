import { AlertTriangle, CircleAlert } from 'lucide-react';
import type { DocumentIssue } from '@pc/document';
import { Explained } from '../../ui/Explained.js';

/**
 * The count of a node's issues, with the messages in its bubble on hover, focus or a tap.
 * `stoppedRun`: the server refused a run over this node's problems; the badge (the one place
 * that says why) is marked for it, and the card's outline follows (runs.css).
 */
export const IssueBadge = ({ issues, stoppedRun = false }: { issues: readonly DocumentIssue[]; stoppedRun?: boolean }) => {
  if (issues.length === 0) return null;
  const hasError = issues.some((issue) => issue.severity === 'error');
  const Icon = hasError ? CircleAlert : AlertTriangle;
  const count = `${issues.length} ${hasError ? 'problem' : 'warning'}${issues.length === 1 ? '' : 's'}`;
  const label = stoppedRun ? `${count}, stopped the run` : count;
  const lines = issues.map((issue, i) => (
    <span key={i} className={`issue-badge__line issue-badge__line--${issue.severity}`}>
      {issue.message}
    </span>
  ));
  const explanation = stoppedRun ? [<strong key="stopped" className="issue-badge__heading">The run was refused until this is fixed:</strong>, ...lines] : lines;
  return (
    <Explained explanation={explanation} side="above" align="end" bubbleClassName="issue-badge__tooltip">
      {(trigger) => (
        <span
          className={`issue-badge issue-badge--${hasError ? 'error' : 'warning'}${stoppedRun ? ' issue-badge--stopped-run' : ''}`}
          tabIndex={0}
          aria-label={label}
          data-testid="node-issues"
          {...(stoppedRun ? { 'data-stopped-run': 'true' } : {})}
          {...trigger}
        >
          <Icon size={12} aria-hidden />
          {issues.length}
        </span>
      )}
    </Explained>
  );
};
