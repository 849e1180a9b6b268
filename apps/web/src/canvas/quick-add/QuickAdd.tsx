import { useStore, type ReactFlowState } from '@xyflow/react';
import { describeNodeCatalogue } from '@pc/graph';
import { Picker } from '../picker/Picker.js';
import { NODE_WIDTH } from '../placement.js';
import { useCanvas, useSession } from '../store/react.js';
import { selectQuickAdd } from '../store/selectors.js';
import { useLandingArea } from '../use-landing-area.js';
import { closeQuickAdd } from '../store/session-store.js';
import { filterQuickAdd } from './filter.js';

const catalogue = describeNodeCatalogue().map((entry) => ({ ...entry, key: entry.type }));
const filterCatalogue = (query: string) => filterQuickAdd(catalogue, query);
/** The picker's box at most (overlays.css: 300 px wide, a 36 px field over a list of at most 260 px, offset 4 px from the pointer). */
const PICKER = { width: 304, height: 304 } as const;
const INSET = 8;

/** The picker's top-left: at the pointer, pulled in where it would cross the canvas's right or bottom edge. */
export const pickerOrigin = (at: { x: number; y: number }, canvas: { width: number; height: number }) => ({
  left: Math.max(INSET, Math.min(at.x, canvas.width - PICKER.width - INSET)),
  top: Math.max(INSET, Math.min(at.y, canvas.height - PICKER.height - INSET)),
});

const selectCanvasWidth = (state: ReactFlowState) => state.width;
const selectCanvasHeight = (state: ReactFlowState) => state.height;

const noMatch = (query: string, shown: number) => (shown === 0 ? <li className="quick-add__empty">No node type matches “{query}”</li> : null);

/**
 * The quick-add palette: opened at the pointer by Space or a double-click on the canvas.
 * Enter adds the chosen type there (picker/Picker.tsx has the keys).
 */
export const QuickAdd = () => {
  const canvas = useCanvas();
  const anchor = useSession(selectQuickAdd);
  const landing = useLandingArea();
  const width = useStore(selectCanvasWidth);
  const height = useStore(selectCanvasHeight);
  if (!anchor) return null;
  return (
    <Picker
      key={`${anchor.screen.x},${anchor.screen.y}`}
      label="Add a node"
      fieldLabel="Node type"
      listLabel="Node types"
      placeholder="Add a node…"
      testId="quick-add"
      // Inside the canvas: by its edge it hung past the window, and focusing its field scrolled the page.
      style={pickerOrigin(anchor.screen, { width, height })}
      filter={filterCatalogue}
      footer={noMatch}
      onClose={() => closeQuickAdd(canvas.session)}
      // Centred under the pointer horizontally, its header at the pointer; moved in from the canvas's edges.
      onChoose={({ type }) =>
        canvas.execute({ kind: 'AddNodes', nodes: [{ type, position: landing.clamp({ x: anchor.flow.x - NODE_WIDTH / 2, y: anchor.flow.y - 20 }) }] })
      }
    />
  );
};
