import { AlertTriangle, CircleAlert } from 'lucide-react';
import type { DocumentIssue } from '@pc/document';
import { Explained } from '../../ui/Explained.js';

/** The count of a node's issues, with the messages in its bubble on hover, focus or a tap. */
export const IssueBadge = ({ issues }: { issues: readonly DocumentIssue[] }) => {
  if (issues.length === 0) return null;
  const hasError = issues.some((issue) => issue.severity === 'error');
  const Icon = hasError ? CircleAlert : AlertTriangle;
  const label = `${issues.length} ${hasError ? 'problem' : 'warning'}${issues.length === 1 ? '' : 's'}`;
  const lines = issues.map((issue, i) => (
    <span key={i} className={`issue-badge__line issue-badge__line--${issue.severity}`}>
      {issue.message}
    </span>
  ));
  return (
    <Explained explanation={lines} side="above" align="end" bubbleClassName="issue-badge__tooltip">
      {(trigger) => (
        <span className={`issue-badge issue-badge--${hasError ? 'error' : 'warning'}`} tabIndex={0} aria-label={label} data-testid="node-issues" {...trigger}>
          <Icon size={12} aria-hidden />
          {issues.length}
        </span>
      )}
    </Explained>
  );
};
