import { memo, type CSSProperties } from 'react';
import type { NodeProps } from '@xyflow/react';
import { describeNodeType, isNodeTypeName, type PortDefinition } from '@pc/graph';
import { HintMarker } from '../hints/HintMarker.js';
import { NodeRunOutput } from '../runs/NodeRunOutput.js';
import { RunBadge } from '../runs/RunBadge.js';
import { selectNodeRefused } from '../runs/run-store.js';
import { useDocument, useRuns } from '../store/react.js';
import { selectNodeData, selectNodeIssues, selectPortUsage } from '../store/selectors.js';
import type { FlowNode } from '../flow-nodes.js';
import { withDefaults } from '../node-defaults.js';
import { summarizeNode } from './card-summary.js';
import { useDetailLevel } from './detail-level.js';
import { IssueBadge } from './IssueBadge.js';
import { NodeCardCompact } from './NodeCardCompact.js';
import { nodeIcon } from './node-icons.js';
import { PortHandle } from './PortHandle.js';
import { StatusChip } from './StatusChip.js';

const NO_PORTS: readonly PortDefinition[] = [];

/**
 * One card for every node type, at the detail level of the current zoom (detail-level.tsx):
 * the full card, or below LOW_DETAIL_ZOOM a compact one (accent, title, handles). Each
 * subscribes to its own node only: moving or editing another node does not re-render it
 * (React Flow passes only id, type, selection and drag state as props), and panning or
 * zooming re-renders it only when the zoom crosses the detail threshold.
 */
export const NodeCard = memo((props: NodeProps<FlowNode>) =>
  useDetailLevel() === 'low' ? <NodeCardCompact {...props} /> : <NodeCardFull {...props} />,
);
NodeCard.displayName = 'NodeCard';

/** The card as read and edited: header, title, typed ports, facts, excerpt, first issue. */
const NodeCardFull = ({ id, type, selected, dragging }: NodeProps<FlowNode>) => {
  const stored = useDocument(selectNodeData(id));
  const data = withDefaults(type, stored);
  const issues = useDocument(selectNodeIssues(id));
  const usage = useDocument(selectPortUsage(id));
  const known = isNodeTypeName(type);
  const description = known ? describeNodeType(type) : null;
  const summary = summarizeNode(type, data);
  const Icon = nodeIcon(type);
  const inputs = description?.inputs ?? NO_PORTS;
  const outputs = description?.outputs ?? NO_PORTS;
  const rows = Math.max(inputs.length, outputs.length);
  const status = typeof data?.['status'] === 'string' ? data['status'] : 'todo';
  const color = typeof data?.['color'] === 'string' ? data['color'] : null;
  const hasError = issues.some((issue) => issue.severity === 'error');
  // A refused run names the nodes whose problems stopped it: the problem badge says so (one
  // signal, with the reason); the run badge's refusal mark is left for a node with no problem here.
  const refused = useRuns(selectNodeRefused(id));
  const style = color ? ({ '--node-accent': color } as CSSProperties) : undefined;

  return (
    <div
      className={`node-card node-card--${known ? type : 'unknown'}${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}${hasError ? ' has-error' : ''}`}
      style={style}
      data-testid={`node-${type}`}
      data-node-id={id}
    >
      <header className="node-card__header">
        <span className="node-card__type">
          <Icon size={13} aria-hidden />
          {description?.label ?? type}
        </span>
        <span className="node-card__badges">
          <IssueBadge issues={issues} stoppedRun={refused && hasError} />
          <HintMarker nodeId={id} selected={selected} />
          <RunBadge nodeId={id} refusalShownElsewhere={hasError} />
          {summary.cut && (
            <span className="status-chip status-chip--cut" title="No longer in the screenplay: kept with its work, tagged “removed-from-script”" data-testid="scene-cut">
              Cut
            </span>
          )}
          <StatusChip status={status} />
        </span>
      </header>
      <div className="node-card__title-block">
        <div className={`node-card__title${summary.untitled ? ' is-placeholder' : ''}`}>
          {summary.number && <span className="node-card__number">{summary.number}</span>}
          <span className="node-card__title-text">{summary.title}</span>
        </div>
        {summary.subtitle && <div className="node-card__subtitle">{summary.subtitle}</div>}
      </div>
      {rows > 0 && (
        <div className="node-card__ports">
          {Array.from({ length: rows }, (_, i) => {
            const input = inputs[i];
            const output = outputs[i];
            return (
              <div className="node-card__port-row" key={i}>
                {input ? <PortHandle port={input} direction="in" count={usage[`in:${input.name}`] ?? 0} /> : <span />}
                {output ? <PortHandle port={output} direction="out" count={usage[`out:${output.name}`] ?? 0} /> : <span />}
              </div>
            );
          })}
        </div>
      )}
      {summary.facts.length > 0 && (
        <dl className="node-card__facts">
          {summary.facts.map((fact) => (
            <div key={fact.label} className="node-card__fact">
              <dt>{fact.label}</dt>
              <dd className={fact.value === '—' ? 'is-empty' : undefined}>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {summary.excerpt && <p className="node-card__excerpt">{summary.excerpt}</p>}
      <NodeRunOutput nodeId={id} type={type} />
      {issues[0] && (
        <footer className={`node-card__issue node-card__issue--${issues[0].severity}`}>
          {issues[0].message}
          {issues.length > 1 && <span className="node-card__issue-more"> +{issues.length - 1}</span>}
        </footer>
      )}
    </div>
  );
};
