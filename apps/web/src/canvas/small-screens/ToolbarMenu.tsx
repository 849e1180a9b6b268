import { Menu } from 'lucide-react';
import { useRef, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CanvasActions } from '../canvas-actions.js';
import { ExportLinks } from '../exports/ExportLinks.js';
import { useCanvas, useDocument, useSession } from '../store/react.js';
import { selectGraphMeta, selectHistory, selectNodeCount, selectPropertiesOpen, selectShortcutsOpen } from '../store/selectors.js';
import { setPanel } from '../store/session-store.js';

import { useFitAll } from '../fit-view.js';

/**
 * The toolbar collapsed into one menu for tablets and phones (shown by small-screens.css
 * only below 900 px, where the inline buttons it repeats are hidden): undo/redo, find, fit view,
 * auto-layout, re-import of the screenplay, revisions, the properties panel, shortcuts, and every export.
 */
interface ToolbarMenuProps {
  /** The menu's button: where the focus goes back to after what a choice opened (a revision). */
  buttonRef?: RefObject<HTMLElement | null>;
  actions: CanvasActions;
  readOnly: boolean;
  /** "Re-import the screenplay", or "Import a screenplay into this graph" when none was. */
  reimportLabel: string;
  onReimport(): void;
  onRevisions(): void;
}

export const ToolbarMenu = ({ buttonRef, actions, readOnly, reimportLabel, onReimport, onRevisions }: ToolbarMenuProps) => {
  const canvas = useCanvas();
  const graph = useSession(selectGraphMeta);
  const propertiesOpen = useSession(selectPropertiesOpen);
  const shortcutsOpen = useSession(selectShortcutsOpen);
  const { undoLabel, redoLabel } = useDocument(useShallow(selectHistory));
  const nodeCount = useDocument(selectNodeCount);
  const { fitAll } = useFitAll();
  const menu = useRef<HTMLDetailsElement>(null);
  /**
   * Runs a choice and closes the menu, the focus on the menu's button first (a menu's way):
   * the chosen item hides with the menu, and a dialog the choice opens hands the focus back
   * to what had it — the page, before, where a keyboard started again from the top.
   */
  const choose = (action: () => void) => () => {
    menu.current?.removeAttribute('open');
    menu.current?.querySelector<HTMLElement>(':scope > summary')?.focus();
    action();
  };
  return (
    <details className="toolbar-menu" ref={menu} data-testid="toolbar-menu">
      <summary ref={buttonRef} className="icon-button toolbar-menu__button" aria-label="Menu" title="Menu">
        <Menu size={18} aria-hidden />
      </summary>
      <div className="toolbar-menu__panel" role="menu" aria-label="Canvas menu">
        {/* The whole name, however long: the toolbar may have cut it short. */}
        <span className="toolbar-menu__title" data-testid="menu-graph-name">
          {graph.name}
        </span>
        <button type="button" role="menuitem" className="toolbar-menu__item" data-testid="menu-properties" onClick={choose(() => setPanel(canvas.session, 'properties', !propertiesOpen))}>
          {propertiesOpen ? 'Hide properties' : 'Show properties'}
        </button>
        {/* Disabled as their toolbar buttons are: tapped on an empty graph they did nothing, silently. */}
        <button type="button" role="menuitem" className="toolbar-menu__item" disabled={nodeCount === 0} onClick={choose(() => setPanel(canvas.session, 'find', true))}>
          Find a node…
        </button>
        <button type="button" role="menuitem" className="toolbar-menu__item" onClick={choose(fitAll)}>
          Fit view
        </button>
        {!readOnly && (
          <>
            <button type="button" role="menuitem" className="toolbar-menu__item" disabled={!undoLabel} onClick={choose(() => canvas.undo())}>
              {undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'}
            </button>
            <button type="button" role="menuitem" className="toolbar-menu__item" disabled={!redoLabel} onClick={choose(() => canvas.redo())}>
              {redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'}
            </button>
            <button type="button" role="menuitem" className="toolbar-menu__item" disabled={nodeCount < 2} onClick={choose(actions.autoLayout)}>
              Auto-layout
            </button>
            <button type="button" role="menuitem" className="toolbar-menu__item" onClick={choose(onReimport)}>
              {reimportLabel}…
            </button>
          </>
        )}
        <button type="button" role="menuitem" className="toolbar-menu__item" onClick={choose(onRevisions)}>
          Revisions…
        </button>
        <button type="button" role="menuitem" className="toolbar-menu__item" onClick={choose(() => setPanel(canvas.session, 'shortcuts', !shortcutsOpen))}>
          Keyboard shortcuts
        </button>
        <span className="toolbar-menu__heading">Export</span>
        <ExportLinks graphId={graph.id} itemClassName="toolbar-menu__item" onChoose={choose(() => {})} />
      </div>
    </details>
  );
};
