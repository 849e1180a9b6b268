import { useEffect, useRef, useState } from 'react';
import { Download, Pencil, Trash2, Workflow } from 'lucide-react';
import { api } from '../api/client.js';
import type { GraphSummary } from '../api/types.js';
import { followLink, graphPath } from '../app/router.js';
import { formatDateTime, formatRelativeTime, plural } from '../ui/format.js';

interface GraphRowProps {
  graph: GraphSummary;
  onRename(name: string): Promise<void>;
  onDelete(): void;
  /** A viewer's row: open and export only. */
  readOnly?: boolean;
}

export const GraphRow = ({ graph, onRename, onDelete, readOnly = false }: GraphRowProps) => {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(graph.name);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  const commit = async () => {
    const name = draft.trim();
    setEditing(false);
    if (!name || name === graph.name) {
      setDraft(graph.name);
      return;
    }
    try {
      await onRename(name);
    } catch {
      setDraft(graph.name);
    }
  };

  return (
    <li className="graph-row" data-testid="graph-row" data-graph-id={graph.id}>
      <span className="graph-row__icon" aria-hidden>
        <Workflow size={16} />
      </span>
      <div className="graph-row__main">
        {editing ? (
          <input
            ref={inputRef}
            className="input input--inline"
            aria-label="Graph name"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => void commit()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void commit();
              if (event.key === 'Escape') {
                setDraft(graph.name);
                setEditing(false);
              }
            }}
          />
        ) : (
          <a className="graph-row__name" href={graphPath(graph.id)} onClick={followLink}>
            {graph.name}
          </a>
        )}
        <span className="graph-row__meta">
          {plural(graph.nodeCount, 'node')} · {plural(graph.edgeCount, 'wire')}
        </span>
      </div>
      <span className="graph-row__updated" title={formatDateTime(graph.updatedAt)}>
        {formatRelativeTime(graph.updatedAt)}
      </span>
      <div className="graph-row__actions">
        {!readOnly && (
          <button type="button" className="icon-button" aria-label={`Rename ${graph.name}`} title="Rename" onClick={() => setEditing(true)}>
            <Pencil size={15} />
          </button>
        )}
        <a className="icon-button" href={api.exportUrl(graph.id)} download aria-label={`Export ${graph.name}`} title="Export GraphJSON">
          <Download size={15} />
        </a>
        {!readOnly && (
          <button type="button" className="icon-button icon-button--danger" aria-label={`Delete ${graph.name}`} title="Delete" onClick={onDelete}>
            <Trash2 size={15} />
          </button>
        )}
      </div>
    </li>
  );
};
