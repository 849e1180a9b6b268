import { useState } from 'react';
import { api, ApiProblem } from '../api/client.js';
import { showToast } from '../ui/toasts.js';
import { useCanvas, useSession } from './store/react.js';
import { selectGraphMeta } from './store/selectors.js';
import { renameGraph } from './store/session-store.js';

/** The graph's name in the toolbar; click to rename (unless read-only). */
export const GraphTitle = ({ readOnly = false }: { readOnly?: boolean }) => {
  const canvas = useCanvas();
  const graph = useSession(selectGraphMeta);
  const [draft, setDraft] = useState<string | null>(null);

  const commit = async () => {
    const name = draft?.trim();
    setDraft(null);
    if (!name || name === graph.name) return;
    const before = graph.name;
    renameGraph(canvas.session, name);
    document.title = `${name} · Production Canvas`;
    try {
      await api.renameGraph(graph.id, name);
    } catch (error) {
      renameGraph(canvas.session, before);
      document.title = `${before} · Production Canvas`;
      showToast({ tone: 'error', title: 'Could not rename the graph', detail: error instanceof ApiProblem ? error.summary : String(error) });
    }
  };

  // The tooltip holds the whole name where the toolbar cuts it short.
  if (readOnly)
    return (
      <span className="graph-title graph-title--static" title={graph.name} data-testid="graph-title-static">
        {graph.name}
      </span>
    );

  return draft === null ? (
    <button type="button" className="graph-title" title={`${graph.name} — click to rename`} onClick={() => setDraft(graph.name)}>
      {graph.name}
    </button>
  ) : (
    <input
      className="input input--inline graph-title__input"
      aria-label="Graph name"
      value={draft}
      maxLength={200}
      autoFocus
      onFocus={(event) => event.target.select()}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') setDraft(null);
      }}
    />
  );
};
