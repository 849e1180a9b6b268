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
  const add = () => {
    const result = canvas.execute({ kind: 'AddStarterCoverage', sceneId });
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
