import { useReactFlow } from '@xyflow/react';
import { ChevronLeft, Download, Maximize, PanelRight } from 'lucide-react';
import { api } from '../api/client.js';
import { navigate } from '../app/router.js';
import { plural } from '../ui/format.js';
import { GraphTitle } from './GraphTitle.js';
import { SaveStatus } from './SaveStatus.js';
import type { Autosave } from './store/autosave.js';
import { useCanvas, useCanvasStore } from './store/react.js';
import { selectEdgeCount, selectGraphMeta, selectNodeCount, selectPropertiesOpen } from './store/selectors.js';

const fitViewOptions = { padding: 0.15, maxZoom: 1, duration: 300 };

export const Toolbar = ({ autosave, readOnly = false }: { autosave: Autosave | null; readOnly?: boolean }) => {
  const store = useCanvasStore();
  const graph = useCanvas(selectGraphMeta);
  const nodeCount = useCanvas(selectNodeCount);
  const edgeCount = useCanvas(selectEdgeCount);
  const propertiesOpen = useCanvas(selectPropertiesOpen);
  const { fitView } = useReactFlow();

  return (
    <header className="toolbar">
      <a
        className="toolbar__back"
        href="/"
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
          event.preventDefault();
          // Save what is pending first, but never hold the user for long; if it still is
          // not on the server, say so rather than dropping it silently.
          void Promise.race([autosave?.flush(), new Promise((resolve) => setTimeout(resolve, 1_500))]).finally(() => {
            const { status } = store.getState().session.save;
            if (status === 'saved' || status === 'saving' || window.confirm('Some changes are not saved yet. Leave this graph anyway?')) navigate('/');
          });
        }}
      >
        <ChevronLeft size={16} aria-hidden /> Graphs
      </a>
      <span className="toolbar__divider" aria-hidden />
      <GraphTitle readOnly={readOnly} />
      {readOnly && (
        <span className="badge badge--warning view-only-badge" data-testid="view-only" title="You are a viewer in this workspace">
          View only
        </span>
      )}
      <span className="toolbar__counts">
        {plural(nodeCount, 'node')} · {plural(edgeCount, 'wire')}
      </span>
      <div className="toolbar__spacer" />
      {!readOnly && <SaveStatus autosave={autosave} />}
      <span className="toolbar__divider" aria-hidden />
      <button type="button" className="icon-button" aria-label="Fit view" title="Fit view" data-testid="fit-view" onClick={() => void fitView(fitViewOptions)}>
        <Maximize size={15} />
      </button>
      {graph && (
        <a className="icon-button" href={api.exportUrl(graph.id)} download aria-label="Export GraphJSON" title="Export GraphJSON (last saved version)">
          <Download size={15} />
        </a>
      )}
      <button
        type="button"
        className={`icon-button${propertiesOpen ? ' is-active' : ''}`}
        aria-label="Toggle properties panel"
        aria-pressed={propertiesOpen}
        title="Properties panel"
        onClick={() => store.getState().setPanel('properties', !propertiesOpen)}
      >
        <PanelRight size={15} />
      </button>
    </header>
  );
};
