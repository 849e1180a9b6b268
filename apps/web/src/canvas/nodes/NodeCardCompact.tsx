import type { CSSProperties } from 'react';
import { Handle, Position, useStoreApi, type NodeProps } from '@xyflow/react';
import { describeNodeType, isNodeTypeName, type PortDefinition } from '@pc/graph';
import { selectNodeRefused, selectNodeRun } from '../runs/run-store.js';
import { useDocument, useRuns } from '../store/react.js';
import { selectNodeData, selectNodeIssues } from '../store/selectors.js';
import type { FlowNode } from '../flow-nodes.js';
import { withDefaults } from '../node-defaults.js';
import { summarizeNode } from './card-summary.js';

const NO_PORTS: readonly PortDefinition[] = [];

/** Heights of full cards of the bench's kind, for a node never drawn at full detail yet. */
const TYPICAL_HEIGHT: Record<string, number> = { character: 150, scene: 170, shot: 230 };
const FALLBACK_HEIGHT = 160;

/**
 * A port's handle on the compact card: spread along the card's side in port order, in its
 * data type's colour, so wires keep their ends and can still be dragged from it.
 */
const CompactHandle = ({ port, direction, index, count }: { port: PortDefinition; direction: 'in' | 'out'; index: number; count: number }) => (
  <Handle
    type={direction === 'in' ? 'target' : 'source'}
    position={direction === 'in' ? Position.Left : Position.Right}
    id={port.name}
    className="port-handle port-handle--compact"
    style={{ top: `${((index + 1) * 100) / (count + 1)}%` }}
    data-datatype={port.dataType}
  />
);

/**
 * The card zoomed far out: one box in the type's accent with the title in large type (still
 * legible at the threshold), and the handles, nothing else; the run status colours its
 * border as the badge colours the full card's. It keeps the full card's
 * measured height, so crossing the threshold moves no wire and no neighbour.
 */
export const NodeCardCompact = ({ id, type, selected, dragging }: NodeProps<FlowNode>) => {
  const stored = useDocument(selectNodeData(id));
  const data = withDefaults(type, stored);
  const issues = useDocument(selectNodeIssues(id));
  const run = useRuns(selectNodeRun(id));
  const refused = useRuns(selectNodeRefused(id));
  // Read once per render, not subscribed: it only sets the box's starting size.
  const measured = useStoreApi().getState().nodeLookup.get(id)?.measured.height;
  const known = isNodeTypeName(type);
  const description = known ? describeNodeType(type) : null;
  const summary = summarizeNode(type, data);
  const inputs = description?.inputs ?? NO_PORTS;
  const outputs = description?.outputs ?? NO_PORTS;
  const color = typeof data?.['color'] === 'string' ? data['color'] : null;
  const hasError = issues.some((issue) => issue.severity === 'error');
  const style = { height: measured ?? TYPICAL_HEIGHT[type] ?? FALLBACK_HEIGHT, ...(color ? { '--node-accent': color } : {}) } as CSSProperties;

  return (
    <div
      className={`node-card node-card--compact node-card--${known ? type : 'unknown'}${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}${hasError ? ' has-error' : ''}`}
      style={style}
      data-testid={`node-${type}`}
      data-node-id={id}
      data-run-status={run?.status ?? (refused ? 'refused' : undefined)}
    >
      {summary.cut && (
        <span className="status-chip status-chip--cut node-card__compact-cut" data-testid="scene-cut" title="No longer in the screenplay">
          Cut
        </span>
      )}
      <span className={`node-card__compact-title${summary.untitled ? ' is-placeholder' : ''}${summary.cut ? ' is-cut' : ''}`}>
        {summary.number ? `${summary.number} · ${summary.title}` : summary.title}
      </span>
      {inputs.map((port, i) => (
        <CompactHandle key={`in:${port.name}`} port={port} direction="in" index={i} count={inputs.length} />
      ))}
      {outputs.map((port, i) => (
        <CompactHandle key={`out:${port.name}`} port={port} direction="out" index={i} count={outputs.length} />
      ))}
    </div>
  );
};
