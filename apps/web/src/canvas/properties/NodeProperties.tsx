import { useMemo } from 'react';
import { Trash2 } from 'lucide-react';
import { describeNodeType, isNodeTypeName } from '@pc/graph';
import { withDefaults } from '../node-defaults.js';
import { nodeIcon } from '../nodes/node-icons.js';
import { summarizeNode } from '../nodes/card-summary.js';
import { useCanvas, useDocument } from '../store/react.js';
import { selectNodeData, selectNodeIssues, selectNodeType } from '../store/selectors.js';
import { RunResults } from '../runs/RunResults.js';
import { FieldControl } from './FieldControl.js';
import { buildForm } from './form-spec.js';
import { IssueList } from './IssueList.js';
import { StarterCoverageButton } from './StarterCoverageButton.js';

const formCache = new Map<string, ReturnType<typeof buildForm>>();
const formFor = (type: string) => {
  if (!isNodeTypeName(type)) return [];
  let form = formCache.get(type);
  if (!form) {
    form = buildForm(describeNodeType(type));
    formCache.set(type, form);
  }
  return form;
};

/**
 * Every field of one node, grouped as the catalogue groups them. Read-only (a viewer, a past
 * revision) the fields are shown disabled and Delete and starter coverage are not offered;
 * the run's results (Copy prompt) stay usable.
 */
export const NodeProperties = ({ nodeId, readOnly = false }: { nodeId: string; readOnly?: boolean }) => {
  const canvas = useCanvas();
  const type = useDocument(selectNodeType(nodeId)) ?? '';
  const stored = useDocument(selectNodeData(nodeId));
  const data = withDefaults(type, stored);
  const issues = useDocument(selectNodeIssues(nodeId));
  const form = useMemo(() => formFor(type), [type]);
  if (!data) return null;
  const description = isNodeTypeName(type) ? describeNodeType(type) : null;
  const summary = summarizeNode(type, data);
  const Icon = nodeIcon(type);

  return (
    <div className={`node-properties node-properties--${type}`}>
      <header className="node-properties__header">
        <span className="node-properties__icon" aria-hidden>
          <Icon size={16} />
        </span>
        <div className="node-properties__titles">
          <span className="node-properties__type">{description?.label ?? type}</span>
          <h2 className="node-properties__title" title={summary.number ? `${summary.number} ${summary.title}` : summary.title}>
            {summary.number && <span className="node-card__number">{summary.number}</span>}
            <span className="node-properties__title-text">{summary.title}</span>
          </h2>
        </div>
        {!readOnly && (
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label="Delete node"
            title="Delete node (Del)"
            onClick={() => canvas.execute({ kind: 'DeleteSelection', ids: [nodeId] })}
          >
            <Trash2 size={15} />
          </button>
        )}
      </header>
      {issues.length > 0 && <IssueList issues={issues} />}
      {type === 'scene' && !readOnly && <StarterCoverageButton sceneId={nodeId} />}
      <RunResults nodeId={nodeId} type={type} />
      {!description && <p className="muted panel-note">This node type is not in the catalogue; its fields cannot be edited here.</p>}
      {form.map((group) => (
        <details key={group.title} className="form-group" open>
          <summary className="form-group__title">{group.title}</summary>
          <fieldset className="properties-fieldset" disabled={readOnly}>
            <div className="form-group__fields">
              {group.fields.map((spec) => (
                <FieldControl key={`${nodeId}:${spec.inputId}`} spec={spec} nodeId={nodeId} nodeType={type} data={data} />
              ))}
            </div>
          </fieldset>
        </details>
      ))}
      <p className="node-properties__id">
        id <code>{nodeId}</code>
      </p>
    </div>
  );
};
