import { parseClipboard, toClipboard, type NodeSize } from '@pc/document';
import type { Position } from '@pc/graph';
import type { ServerSync } from './collab/server-sync.js';
import { getHintsStore } from './hints/hints-store.js';
import type { ShortcutAction } from './shortcuts/keymap.js';
import type { Canvas } from './store/canvas.js';
import type { WalkStep } from './walk/walk-actions.js';
import { selectHistoryOpen, setHistoryOpen } from './runs/run-store.js';
import { closeQuickAdd, openQuickAdd, setPanel, type QuickAddAnchor } from './store/session-store.js';

export interface CanvasActionsOptions {
  canvas: Canvas;
  /** The live connection (null for a canvas without one). */
  getConnection(): ServerSync | null;
  /** Where the pointer last was over the canvas (or the view's centre). */
  getPointer(): QuickAddAnchor;
  /** React Flow's measured node sizes, for auto-layout. */
  getSizes(): Record<string, NodeSize>;
  /** After an auto-layout: bring the arranged nodes into view. */
  onArranged?(): void;
  /** The keyboard walk between nodes (walk/); without it the walk keys do nothing. */
  walk?(step: WalkStep): boolean;
}

const walkSteps = {
  walkLeft: 'left',
  walkRight: 'right',
  walkUp: 'up',
  walkDown: 'down',
  walkUpstream: 'upstream',
  walkDownstream: 'downstream',
} as const satisfies Partial<Record<ShortcutAction, WalkStep>>;

/** Pixels per arrow press; with Shift, ten times as far. */
const NUDGE = 1;
const FAR = 10;

/**
 * What the keyboard, the toolbar and the clipboard do to the open canvas. Every document
 * change is a command on the document store; the rest is session state. Handlers read
 * state at call time and never subscribe.
 */
export const createCanvasActions = ({ canvas, getConnection, getPointer, getSizes, onArranged, walk }: CanvasActionsOptions) => {
  const { doc, session } = canvas;
  const selectedNodes = () => doc.store.getState().selection.nodeIds;

  // A held arrow repeats some 30 times a second: the nudges of one selection merge into
  // one undo step ("Move 3 nodes") until a second passes without one.
  const nudge = (dx: number, dy: number): boolean => {
    const state = doc.store.getState();
    const ids = state.selection.nodeIds;
    if (ids.length === 0) return false;
    const moves = ids.flatMap((id) => {
      const node = state.nodes[id];
      return node ? [{ id, position: { x: node.position.x + dx, y: node.position.y + dy } }] : [];
    });
    canvas.execute({ kind: 'MoveNodes', moves, nudge: true });
    return true;
  };

  const copyText = (): string | null => {
    const ids = selectedNodes();
    if (ids.length === 0) return null;
    return JSON.stringify(toClipboard(doc.store.getState(), ids));
  };

  const paste = (text: string, at?: Position): boolean => {
    const clipboard = parseClipboard(text);
    if (!clipboard) return false;
    canvas.execute({ kind: 'Paste', clipboard, at: at ?? getPointer().flow });
    return true;
  };

  const autoLayout = () => {
    const selected = selectedNodes();
    const result = canvas.execute({ kind: 'AutoLayout', ...(selected.length > 1 ? { ids: selected } : {}), sizes: getSizes() });
    if (result.ok) onArranged?.();
  };

  const run = (action: ShortcutAction): boolean => {
    switch (action) {
      case 'undo':
        canvas.undo();
        return true;
      case 'redo':
        canvas.redo();
        return true;
      case 'deleteSelection': {
        const { nodeIds, edgeIds } = doc.store.getState().selection;
        if (nodeIds.length + edgeIds.length === 0) return false;
        canvas.execute({ kind: 'DeleteSelection' });
        return true;
      }
      case 'duplicate':
        if (selectedNodes().length > 0) canvas.execute({ kind: 'Duplicate' });
        return true;
      case 'selectAll': {
        const state = doc.store.getState();
        doc.select({ nodeIds: state.nodeIds, edgeIds: state.edgeIds.filter((id) => !state.edges[id]?.hidden) });
        return true;
      }
      case 'clearSelection': {
        // One thing per press, the one on top first; the selection only once nothing is open.
        const { quickAdd, panels } = session.getState();
        const hints = getHintsStore(canvas);
        if (quickAdd) closeQuickAdd(session);
        else if (panels.find) setPanel(session, 'find', false);
        else if (panels.shortcuts) setPanel(session, 'shortcuts', false);
        else if (hints.getState().open) hints.setState({ open: false });
        else if (selectHistoryOpen(canvas.runs.getState())) setHistoryOpen(canvas.runs, false);
        else doc.select({ nodeIds: [], edgeIds: [] });
        return true;
      }
      case 'nudgeLeft':
        return nudge(-NUDGE, 0);
      case 'nudgeRight':
        return nudge(NUDGE, 0);
      case 'nudgeUp':
        return nudge(0, -NUDGE);
      case 'nudgeDown':
        return nudge(0, NUDGE);
      case 'nudgeLeftFar':
        return nudge(-FAR, 0);
      case 'nudgeRightFar':
        return nudge(FAR, 0);
      case 'nudgeUpFar':
        return nudge(0, -FAR);
      case 'nudgeDownFar':
        return nudge(0, FAR);
      case 'walkLeft':
      case 'walkRight':
      case 'walkUp':
      case 'walkDown':
      case 'walkUpstream':
      case 'walkDownstream':
        return walk?.(walkSteps[action]) ?? false;
      case 'quickAdd':
        // A viewer has no quick add to open: say so rather than leave Space doing nothing.
        if (!canvas.explainReadOnly()) openQuickAdd(session, getPointer());
        return true;
      case 'find':
        closeQuickAdd(session);
        setPanel(session, 'find', true);
        return true;
      case 'autoLayout':
        autoLayout();
        return true;
      case 'toggleShortcuts':
        setPanel(session, 'shortcuts', !session.getState().panels.shortcuts);
        return true;
      case 'save':
        // Nothing to save (every edit is live); Mod+S asks the server to confirm it has them.
        void getConnection()?.confirmSynced();
        return true;
      default: {
        const unknown: never = action;
        throw new Error(`unhandled shortcut ${String(unknown)}`);
      }
    }
  };

  return {
    run,
    autoLayout,
    copyText,
    paste,
    cut: () => canvas.execute({ kind: 'DeleteSelection', ids: selectedNodes(), cut: true }),
  };
};

export type CanvasActions = ReturnType<typeof createCanvasActions>;
