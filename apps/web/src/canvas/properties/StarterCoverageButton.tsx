import { useReactFlow, useStoreApi } from '@xyflow/react';
import { DEFAULT_NODE_SIZE } from '@pc/document';
import { Sparkles } from 'lucide-react';
import { showToast } from '../../ui/toasts.js';
import { useCanvas } from '../store/react.js';
import './starter-coverage.css';

/**
 * "Add starter coverage" on a Scene: a master, singles for its speakers, an OTS pair for a
 * two-hander and inserts of hero props, numbered and wired beside the scene, in one undo step.
 */
export const StarterCoverageButton = ({ sceneId }: { sceneId: string }) => {
  const canvas = useCanvas();
  const { fitView } = useReactFlow();
  const flow = useStoreApi();
  const add = () => {
    const result = canvas.execute({ kind: 'AddStarterCoverage', sceneId });
    // The column may land a few columns over (clear of other nodes): if its first shot is off
    // screen, pan to it and the scene at the same zoom (zoomed out, the cards would go compact).
    const first = result.ok ? canvas.doc.store.getState().selection.nodeIds[0] : undefined;
    const at = first ? canvas.doc.store.getState().nodes[first]?.position : undefined;
    if (first && at) {
      const { transform, width, height } = flow.getState();
      const [panX, panY, zoom] = transform;
      const left = -panX / zoom;
      const top = -panY / zoom;
      const inView = at.x >= left && at.y >= top && at.x + DEFAULT_NODE_SIZE.width <= left + width / zoom && at.y + DEFAULT_NODE_SIZE.height <= top + height / zoom;
      if (!inView) void fitView({ nodes: [{ id: sceneId }, { id: first }], duration: 300, padding: 0.2, minZoom: zoom, maxZoom: zoom });
    }
    // The canvas shows refusals except "nothing to do", which here is worth saying.
    if (!result.ok && result.code === 'nothing_to_do') showToast({ tone: 'info', title: result.reason });
  };
  return (
    <div className="starter-coverage">
      <button
        type="button"
        className="button button--ghost"
        data-testid="add-starter-coverage"
        title="Add a master, singles for the speakers, an OTS pair for a two-hander and inserts of hero props"
        onClick={add}
      >
        <Sparkles size={14} aria-hidden /> Add starter coverage
      </button>
    </div>
  );
};
