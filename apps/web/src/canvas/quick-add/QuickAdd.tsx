import { describeNodeCatalogue } from '@pc/graph';
import { Picker } from '../picker/Picker.js';
import { NODE_WIDTH } from '../placement.js';
import { useCanvas, useSession } from '../store/react.js';
import { selectQuickAdd } from '../store/selectors.js';
import { closeQuickAdd } from '../store/session-store.js';
import { filterQuickAdd } from './filter.js';

const catalogue = describeNodeCatalogue().map((entry) => ({ ...entry, key: entry.type }));
const filterCatalogue = (query: string) => filterQuickAdd(catalogue, query);
const noMatch = (query: string, shown: number) => (shown === 0 ? <li className="quick-add__empty">No node type matches “{query}”</li> : null);

/**
 * The quick-add palette: opened at the pointer by Space or a double-click on the canvas.
 * Enter adds the chosen type there (picker/Picker.tsx has the keys).
 */
export const QuickAdd = () => {
  const canvas = useCanvas();
  const anchor = useSession(selectQuickAdd);
  if (!anchor) return null;
  return (
    <Picker
      key={`${anchor.screen.x},${anchor.screen.y}`}
      label="Add a node"
      fieldLabel="Node type"
      listLabel="Node types"
      placeholder="Add a node…"
      testId="quick-add"
      style={{ left: anchor.screen.x, top: anchor.screen.y }}
      filter={filterCatalogue}
      footer={noMatch}
      onClose={() => closeQuickAdd(canvas.session)}
      // Centred under the pointer horizontally, its header at the pointer.
      onChoose={({ type }) =>
        canvas.execute({ kind: 'AddNodes', nodes: [{ type, position: { x: Math.round(anchor.flow.x - NODE_WIDTH / 2), y: Math.round(anchor.flow.y - 20) } }] })
      }
    />
  );
};
