import { useReactFlow } from '@xyflow/react';
import { Eye, Trash2, Unlink } from 'lucide-react';
import { describeNodeType, getInputPort, getOutputPort, isNodeTypeName } from '@pc/graph';
import { useShallow } from 'zustand/react/shallow';
import { summarizeNode } from '../nodes/card-summary.js';
import type { DocumentState } from '@pc/document';
import { Combo } from '../shortcuts/Combo.js';
import { overviewRowsFor } from '../shortcuts/keymap.js';
import { useCanvas, useDocument } from '../store/react.js';
import { setPanel } from '../store/session-store.js';
import { selectAllIssues, selectEdge, selectEdgeCount, selectEdgeIssues, selectNodeData, selectNodeType, selectSelection } from '../store/selectors.js';
import { IssueList } from './IssueList.js';
import { NodeProperties } from './NodeProperties.js';
import { plural } from '../../ui/format.js';

const selectCountsByType = (state: DocumentState) => {
  const counts: Record<string, number> = { character: 0, scene: 0, shot: 0 };
  for (const id of state.nodeIds) {
    const type = state.nodes[id]?.type ?? '';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
};

const nodeLabel = (state: DocumentState, nodeId: string) => {
  const node = state.nodes[nodeId];
  if (!node) return nodeId;
  const summary = summarizeNode(node.type, node.data);
  return summary.number ? `${summary.number} ${summary.title}` : summary.title;
};

/** With nothing selected: the graph at a glance, every problem in it, and the shortcuts this canvas answers. */
const GraphOverview = ({ readOnly }: { readOnly: boolean }) => {
  const canvas = useCanvas();
  const { fitView } = useReactFlow();
  const counts = useDocument(useShallow(selectCountsByType));
  const issues = useDocument(selectAllIssues);
  const edgeCount = useDocument(selectEdgeCount);
  const focusNode = (nodeId: string) => {
    canvas.doc.select({ nodeIds: [nodeId], edgeIds: [] });
    void fitView({ nodes: [{ id: nodeId }], duration: 300, maxZoom: 1.1 });
  };
  return (
    <div className="graph-overview">
      <h2 className="panel-heading">Graph</h2>
      <dl className="overview-stats">
        {Object.entries(counts).map(([type, count]) => (
          <div key={type} className={`overview-stat overview-stat--${type}`}>
            <dt>{isNodeTypeName(type) ? describeNodeType(type).label : type}s</dt>
            <dd>{count}</dd>
          </div>
        ))}
        <div className="overview-stat">
          <dt>Wires</dt>
          <dd>{edgeCount}</dd>
        </div>
      </dl>
      <h2 className="panel-heading">
        Problems <span className="panel-heading__count">{issues.length}</span>
      </h2>
      <p className="muted panel-note" data-testid="problems-note">
        {issues.length === 0 ? 'No rules broken' : 'Rules broken'} (a Shot needs a Scene that casts its characters). Continuity hints are advice.
      </p>
      {issues.length > 0 && (
        <IssueList issues={issues} onSelectNode={focusNode} nodeName={(id) => nodeLabel(canvas.doc.store.getState(), id)} />
      )}
      <h2 className="panel-heading">Shortcuts</h2>
      {/* From the help's own rows: a viewer is never shown one that edits (as the ? help). */}
      <ul className="shortcuts" data-testid="overview-shortcuts">
        {overviewRowsFor(readOnly).map((row) => (
          <li key={row.label}>
            <Combo combo={row.keys[0]!} /> {row.overview}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--ghost button--small" onClick={() => setPanel(canvas.session, 'shortcuts', true)}>
        All shortcuts <kbd>?</kbd>
      </button>
    </div>
  );
};

const endLabel = (type: string | undefined, data: Readonly<Record<string, unknown>> | undefined, fallback: string) => {
  if (!type) return fallback;
  const summary = summarizeNode(type, data);
  return summary.number ? `${summary.number} ${summary.title}` : summary.title;
};

const EdgeProperties = ({ edgeId, readOnly }: { edgeId: string; readOnly: boolean }) => {
  const canvas = useCanvas();
  const edge = useDocument(selectEdge(edgeId));
  const sourceType = useDocument(selectNodeType(edge?.source ?? ''));
  const targetType = useDocument(selectNodeType(edge?.target ?? ''));
  const sourceData = useDocument(selectNodeData(edge?.source ?? ''));
  const targetData = useDocument(selectNodeData(edge?.target ?? ''));
  const issues = useDocument(selectEdgeIssues(edgeId));
  if (!edge) return null;
  const out = getOutputPort(sourceType ?? '', edge.sourceHandle);
  const input = getInputPort(targetType ?? '', edge.targetHandle);
  return (
    <div className="edge-properties">
      <h2 className="panel-heading">Connection</h2>
      <dl className="edge-properties__route">
        <dt>From</dt>
        <dd>
          <strong>{endLabel(sourceType, sourceData, edge.source)}</strong>
          <span className="muted">{out?.label ?? edge.sourceHandle} output</span>
        </dd>
        <dt>To</dt>
        <dd>
          <strong>{endLabel(targetType, targetData, edge.target)}</strong>
          <span className="muted">{input?.label ?? edge.targetHandle} input</span>
        </dd>
        {out && (
          <>
            <dt>Carries</dt>
            <dd className="edge-properties__type">
              <span className="legend-item__swatch" data-datatype={out.dataType} aria-hidden />
              <code>{out.dataType}</code>
            </dd>
          </>
        )}
      </dl>
      {issues.length > 0 && <IssueList issues={issues} />}
      {!readOnly && (
        <button type="button" className="button button--ghost" onClick={() => canvas.execute({ kind: 'Disconnect', ids: [edgeId] })}>
          <Unlink size={14} aria-hidden /> Disconnect
        </button>
      )}
    </div>
  );
};

/**
 * The right-hand panel: the selected node's fields, a connection, or the graph overview.
 * `readOnly` (a viewer, a past revision, access lost): the fields are shown disabled and no
 * edit is offered, while reading stays live — copying a prompt, going to a problem's node.
 * `readOnlyNote` says why above it all: dimmed fields alone looked like a form that had broken.
 */
export const PropertiesPanel = ({ readOnly = false, readOnlyNote }: { readOnly?: boolean; readOnlyNote?: string }) => {
  const canvas = useCanvas();
  const selection = useDocument(selectSelection);
  const { nodeIds, edgeIds } = selection;
  let content;
  // The note speaks of fields: above a node's or a connection's, not the graph overview.
  const showsFields = nodeIds.length + edgeIds.length === 1;
  if (nodeIds.length === 1 && edgeIds.length === 0) content = <NodeProperties key={nodeIds[0]} nodeId={nodeIds[0]!} readOnly={readOnly} />;
  else if (nodeIds.length === 0 && edgeIds.length === 1) content = <EdgeProperties key={edgeIds[0]} edgeId={edgeIds[0]!} readOnly={readOnly} />;
  else if (nodeIds.length + edgeIds.length > 1)
    content = (
      <div className="multi-selection">
        <h2 className="panel-heading">Selection</h2>
        <p>
          {plural(nodeIds.length, 'node')}
          {edgeIds.length > 0 ? ` and ${plural(edgeIds.length, 'wire')}` : ''} selected.
        </p>
        {!readOnly && (
          <button type="button" className="button button--danger" onClick={() => canvas.execute({ kind: 'DeleteSelection' })}>
            <Trash2 size={14} aria-hidden /> Delete selection
          </button>
        )}
      </div>
    );
  else content = <GraphOverview readOnly={readOnly} />;
  return (
    <aside className="properties-panel" data-testid="properties-panel" aria-label="Properties">
      {readOnly && readOnlyNote && showsFields && (
        <p className="properties-panel__read-only" data-testid="properties-read-only">
          <Eye size={14} aria-hidden /> {readOnlyNote}
        </p>
      )}
      {content}
    </aside>
  );
};
