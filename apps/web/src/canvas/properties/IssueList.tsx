import { AlertTriangle, CircleAlert } from 'lucide-react';
import type { DocumentIssue } from '@pc/document';

interface IssueListProps {
  issues: readonly DocumentIssue[];
  /** When given, each issue on a node becomes a button that selects it. */
  onSelectNode?(nodeId: string): void;
  nodeName?(nodeId: string): string;
}

export const IssueList = ({ issues, onSelectNode, nodeName }: IssueListProps) => (
  <ul className="issue-list" aria-label="Problems">
    {issues.map((issue, i) => {
      const Icon = issue.severity === 'error' ? CircleAlert : AlertTriangle;
      const content = (
        <>
          <Icon size={14} className="issue-list__icon" aria-hidden />
          <span className="issue-list__text">
            {nodeName && issue.nodeId && <span className="issue-list__node">{nodeName(issue.nodeId)}</span>}
            {issue.message}
          </span>
        </>
      );
      return (
        <li key={`${issue.code}-${issue.nodeId ?? ''}-${issue.edgeId ?? ''}-${i}`} className={`issue-list__item issue-list__item--${issue.severity}`}>
          {onSelectNode && issue.nodeId ? (
            <button type="button" className="issue-list__button" onClick={() => onSelectNode(issue.nodeId!)}>
              {content}
            </button>
          ) : (
            content
          )}
        </li>
      );
    })}
  </ul>
);
