import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useCanvas, useSession } from '../store/react.js';
import { selectPropertiesOpen } from '../store/selectors.js';
import { setPanel } from '../store/session-store.js';

/**
 * The properties sheet's handle (shown by small-screens.css): on a landscape tablet (901–1180 px)
 * a tab on the edge of the sheet over the canvas's right side; on a phone or a portrait tablet
 * the bar heading the bottom sheet, which folds down to just that bar. One touch folds the sheet
 * away for the whole canvas, another brings it back.
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
      {/* A bottom sheet turns the chevron a quarter (small-screens.css): down to fold, up to unfold. */}
      {open ? <ChevronRight size={18} aria-hidden /> : <ChevronLeft size={18} aria-hidden />}
      <span className="sheet-handle__label" aria-hidden>
        Properties
      </span>
    </button>
  );
};
