import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useCanvas, useSession } from '../store/react.js';
import { selectPropertiesOpen } from '../store/selectors.js';
import { setPanel } from '../store/session-store.js';

/**
 * The properties sheet's handle on a tablet (shown by small-screens.css between 901 and
 * 1180 px, where the panel slides over the canvas's right edge instead of taking a column):
 * one touch folds the sheet away for the whole canvas, another brings it back.
 */
export const SheetHandle = () => {
  const canvas = useCanvas();
  const open = useSession(selectPropertiesOpen);
  const label = open ? 'Hide properties' : 'Show properties';
  return (
    <button
      type="button"
      className={`sheet-handle${open ? ' is-open' : ''}`}
      aria-label={label}
      title={label}
      aria-expanded={open}
      data-testid="properties-sheet-toggle"
      onClick={() => setPanel(canvas.session, 'properties', !open)}
    >
      {open ? <ChevronRight size={18} aria-hidden /> : <ChevronLeft size={18} aria-hidden />}
    </button>
  );
};
