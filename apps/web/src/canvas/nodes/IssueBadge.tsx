import { AlertTriangle, CircleAlert } from 'lucide-react';
import type { DocumentIssue } from '@pc/document';

/** The count of a node's issues, with the messages in a tooltip on hover or focus. */
export const IssueBadge = ({ issues }: { issues: readonly DocumentIssue[] }) => {
  if (issues.length === 0) return null;
  const hasError = issues.some((issue) => issue.severity === 'error');
  const Icon = hasError ? CircleAlert : AlertTriangle;
  const label = `${issues.length} ${hasError ? 'problem' : 'warning'}${issues.length === 1 ? '' : 's'}`;
  return (
    <span className={`issue-badge issue-badge--${hasError ? 'error' : 'warning'}`} tabIndex={0} aria-label={label} data-testid="node-issues">
      <Icon size={12} aria-hidden />
      {issues.length}
      <span className="issue-badge__tooltip tooltip-surface" role="tooltip">
        {issues.map((issue, i) => (
          <span key={i} className={`issue-badge__line issue-badge__line--${issue.severity}`}>
            {issue.message}
          </span>
        ))}
      </span>
    </span>
  );
};
