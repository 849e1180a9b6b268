import { Play } from 'lucide-react';
import { Explained } from '../../ui/Explained.js';
import { viewerRunExplanation } from './viewer-copy.js';

/**
 * A viewer's Run: where an editor's is, visibly unavailable, and saying why on hover, focus
 * or a tap. Not `disabled`: a disabled button takes no focus and no tap, so it could not
 * explain itself; `aria-disabled` keeps it in the tab order and a click only shows the reason.
 */
export const ViewerRunButton = () => (
  <Explained explanation={viewerRunExplanation} align="end">
    {(trigger) => (
      <button type="button" className="button button--primary button--small run-controls__run" aria-disabled="true" data-testid="run-button" {...trigger}>
        <Play size={13} aria-hidden />
        <span>Run</span>
      </button>
    )}
  </Explained>
);
