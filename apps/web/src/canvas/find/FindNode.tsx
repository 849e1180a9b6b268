import { useCallback, useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { Picker } from '../picker/Picker.js';
import { filterQuickAdd } from '../quick-add/filter.js';
import { useCanvas, useSession } from '../store/react.js';
import { selectFindOpen, selectPropertiesOpen } from '../store/selectors.js';
import { setPanel } from '../store/session-store.js';
import { announce } from '../../ui/announcer.js';
import { focusCardWhenDrawn } from '../card-focus.js';
import { FIT_CLEARANCE, sheetCover } from '../fit-view.js';
import { describeForAnnouncement } from '../walk/walk-actions.js';
import { findEntries } from './find-entries.js';

/** A long list costs a render per keystroke and nobody reads past the first screenful. */
const MAX_SHOWN = 50;
/** A found card is centred with room around it, beside the open tablet sheet (`cover` px), not under it. */
const goToOptions = (cover: number) => ({ duration: 300, padding: cover > 0 ? { x: 0.4, y: 0.4, right: `${cover + FIT_CLEARANCE.right}px` as const } : 0.4, maxZoom: 1 });

/**
 * Find a node (Mod+F): type part of a title ("police", "13"), Enter to select it, focus it,
 * say which it is, centre the view on it and show its properties. With 60 scenes zoomed out the cards are specks, and
 * the canvas keyboard cannot reach a node any other way.
 */
export const FindNode = () => {
  const open = useSession(selectFindOpen);
  return open ? <FindNodeDialog /> : null;
};

const FindNodeDialog = () => {
  const canvas = useCanvas();
  const { fitView } = useReactFlow();
  // The focus goes to the found card (the canvas's Tab stop), where Alt+arrows, Delete and Tab
  // go on from: it had dropped to the page with the dialog. Focused before the view moves, as
  // a focused card out of view centres itself (card-focus.ts) and the zoom-in must come last;
  // past 300 cards one out of view is drawn only once the view is on it.
  const goToFound = async (id: string) => {
    const wrapper = document.querySelector('.react-flow');
    if (!wrapper) return;
    const card = wrapper.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    // Read when the view moves: the sheet unfolds with the found card's properties.
    const goTo = () => fitView({ ...goToOptions(sheetCover(selectPropertiesOpen(canvas.session.getState()))), nodes: [{ id }] });
    if (card && (await focusCardWhenDrawn(wrapper, id))) await goTo();
    else if (await goTo()) await focusCardWhenDrawn(wrapper, id);
  };
  // The titles as they are when the dialog opens: a collaborator's edit mid-search does not reshuffle the list.
  const entries = useMemo(() => findEntries(canvas.doc.store.getState()), [canvas]);
  const filter = useCallback((query: string) => filterQuickAdd(entries, query).slice(0, MAX_SHOWN), [entries]);
  const footer = useCallback(
    (query: string, shown: number) => {
      if (shown === 0) return <li className="quick-add__empty">{entries.length === 0 ? 'This graph has no nodes yet' : `No node matches “${query}”`}</li>;
      const more = filterQuickAdd(entries, query).length - shown;
      return more > 0 ? <li className="quick-add__empty">{more} more: type more of the title</li> : null;
    },
    [entries],
  );

  return (
    <Picker
      label="Find a node"
      fieldLabel="Node title"
      listLabel="Nodes"
      placeholder="Find a node by title, number or type…"
      className="quick-add--find"
      testId="find-node"
      filter={filter}
      footer={footer}
      onClose={() => setPanel(canvas.session, 'find', false)}
      onChoose={({ key: id }) => {
        const node = canvas.doc.store.getState().nodes[id];
        if (!node) return;
        canvas.doc.select({ nodeIds: [id], edgeIds: [] });
        setPanel(canvas.session, 'properties', true);
        announce(`Found ${describeForAnnouncement(node.type, node.data as Readonly<Record<string, unknown>>)}`);
        void goToFound(id);
      }}
    />
  );
};
