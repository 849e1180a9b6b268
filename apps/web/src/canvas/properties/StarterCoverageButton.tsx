import { useReactFlow, useStoreApi } from '@xyflow/react';
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
  /**
   * If the first new shot is not wholly on screen, pans to it and the scene at the same zoom
   * (zoomed out, the cards would go compact). Waits for React Flow to measure the new card:
   * a Shot is twice the default node's height, and fitView skips a node it has not measured.
   */
  const reveal = (first: string, until = performance.now() + 2000) => {
    const { nodeLookup, transform, width, height } = flow.getState();
    const node = nodeLookup.get(first);
    const measured = node?.measured;
    if (!node || !measured?.width || !measured.height) {
      if (performance.now() < until) requestAnimationFrame(() => reveal(first, until));
      return;
    }
    const [panX, panY, zoom] = transform;
    const left = -panX / zoom;
    const top = -panY / zoom;
    const at = node.internals.positionAbsolute;
    const inView = at.x >= left && at.y >= top && at.x + measured.width <= left + width / zoom && at.y + measured.height <= top + height / zoom;
    if (!inView) void fitView({ nodes: [{ id: sceneId }, { id: first }], duration: 300, padding: 0.1, minZoom: zoom, maxZoom: zoom });
  };
  const add = () => {
    const result = canvas.execute({ kind: 'AddStarterCoverage', sceneId });
    // The column goes beside the scene or under it (clear of other nodes): show its first shot.
    const first = result.ok ? canvas.doc.store.getState().selection.nodeIds[0] : undefined;
    if (first) requestAnimationFrame(() => reveal(first));
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
