import { describe, expect, it, vi } from 'vitest';
import { createShortcuts, type ShortcutEvent } from './create-shortcuts.js';
import type { ShortcutAction } from './keymap.js';

/** A stand-in for a DOM element: what the matcher reads of an event target. */
const element = (tagName: string, { editable = false, type = 'text', inDialog = false } = {}) => ({
  tagName,
  type,
  isContentEditable: editable,
  closest: (selector: string) => (inDialog && selector.includes('dialog') ? {} : null),
});

const canvasPane = element('DIV');

const press = (key: string, options: Partial<ShortcutEvent> & { code?: string } = {}): ShortcutEvent => ({
  key,
  code: options.code ?? (key.length === 1 ? `Key${key.toUpperCase()}` : key),
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  defaultPrevented: false,
  target: canvasPane as unknown as EventTarget,
  preventDefault: vi.fn(),
  ...options,
});

const setup = (isMac = false) => {
  const ran: ShortcutAction[] = [];
  const shortcuts = createShortcuts({ isMac, run: (action) => void ran.push(action) });
  return { ran, handle: shortcuts.handleKeyDown, shortcuts };
};

describe('canvas shortcuts', () => {
  it('maps Mod to Control outside macOS, and ignores ⌘ there', () => {
    const { ran, handle } = setup(false);
    handle(press('z', { ctrlKey: true }));
    handle(press('z', { metaKey: true }));
    expect(ran).toEqual(['undo']);
  });

  it('maps Mod to ⌘ on macOS, and leaves Ctrl combos alone', () => {
    const { ran, handle } = setup(true);
    handle(press('z', { metaKey: true }));
    handle(press('z', { ctrlKey: true }));
    handle(press('Z', { metaKey: true, shiftKey: true }));
    expect(ran).toEqual(['undo', 'redo']);
  });

  it('redoes with Shift+Mod+Z and Mod+Y', () => {
    const { ran, handle } = setup(false);
    handle(press('Z', { ctrlKey: true, shiftKey: true }));
    handle(press('y', { ctrlKey: true }));
    expect(ran).toEqual(['redo', 'redo']);
  });

  it('prevents the browser default only for what it ran', () => {
    const { handle } = setup(false);
    const duplicate = press('d', { ctrlKey: true });
    expect(handle(duplicate)).toBe('duplicate');
    expect(duplicate.preventDefault).toHaveBeenCalled();
    const copy = press('c', { ctrlKey: true });
    expect(handle(copy)).toBeNull();
    expect(copy.preventDefault).not.toHaveBeenCalled();
  });

  it('fires nothing while typing in an input, a textarea, a select or contenteditable', () => {
    const { ran, handle } = setup(false);
    for (const target of [element('INPUT'), element('TEXTAREA'), element('SELECT'), element('DIV', { editable: true })]) {
      for (const event of [press('Backspace'), press('z', { ctrlKey: true }), press(' '), press('a', { ctrlKey: true }), press('ArrowLeft'), press('?', { shiftKey: true })]) {
        expect(handle({ ...event, target: target as unknown as EventTarget })).toBeNull();
      }
    }
    expect(ran).toEqual([]);
  });

  it('still saves from a field, and treats a checkbox as not typing', () => {
    const { ran, handle } = setup(false);
    handle(press('s', { ctrlKey: true, target: element('INPUT') as unknown as EventTarget }));
    handle(press('Delete', { target: element('INPUT', { type: 'checkbox' }) as unknown as EventTarget }));
    expect(ran).toEqual(['save', 'deleteSelection']);
  });

  it('leaves keys inside an open dialog to the dialog', () => {
    const { ran, handle } = setup(false);
    handle(press('Escape', { target: element('BUTTON', { inDialog: true }) as unknown as EventTarget }));
    expect(ran).toEqual([]);
  });

  it('leaves keys to a modal dialog even when the focus fell out of it to the page', () => {
    const { ran, handle } = setup(false);
    const withDialog = (open: boolean) => ({ querySelector: (selector: string) => (open && selector === 'dialog[open]' ? {} : null) });
    const body = (open: boolean) => ({ ...element('BODY'), ownerDocument: withDialog(open) }) as unknown as EventTarget;
    handle(press('Escape', { target: body(true) }));
    handle(press('Delete', { target: body(true) }));
    handle(press('z', { ctrlKey: true, target: body(true) }));
    expect(ran).toEqual([]);
    handle(press('Delete', { target: body(false) }));
    expect(ran).toEqual(['deleteSelection']);
  });

  it('walks between nodes with Alt+arrows, and along wires with Shift+Alt+←/→', () => {
    const { ran, handle } = setup(false);
    handle(press('ArrowRight', { altKey: true }));
    handle(press('ArrowUp', { altKey: true }));
    handle(press('ArrowLeft', { altKey: true, shiftKey: true }));
    handle(press('ArrowRight', { altKey: true, shiftKey: true }));
    handle(press('ArrowRight'));
    expect(ran).toEqual(['walkRight', 'walkUp', 'walkUpstream', 'walkDownstream', 'nudgeRight']);
  });

  it('nudges 1 px with arrows and 10 px with Shift', () => {
    const { ran, handle } = setup(false);
    handle(press('ArrowLeft'));
    handle(press('ArrowDown', { shiftKey: true }));
    expect(ran).toEqual(['nudgeLeft', 'nudgeDownFar']);
  });

  it('opens quick-add on Space and the help on ? (typed with Shift)', () => {
    const { ran, handle } = setup(false);
    handle(press(' ', { code: 'Space' }));
    handle(press('?', { shiftKey: true, code: 'Slash' }));
    expect(ran).toEqual(['quickAdd', 'toggleShortcuts']);
  });

  it('reads the physical key on a non-Latin layout', () => {
    const { ran, handle } = setup(false);
    handle(press('я', { ctrlKey: true, code: 'KeyZ' }));
    expect(ran).toEqual(['undo']);
  });

  it('ignores events already handled, IME composition, and everything after destroy', () => {
    const { ran, handle, shortcuts } = setup(false);
    handle(press('Delete', { defaultPrevented: true }));
    handle(press('Delete', { isComposing: true }));
    shortcuts.destroy();
    handle(press('Delete'));
    expect(ran).toEqual([]);
  });

  it('keeps the default when the action did nothing', () => {
    const shortcuts = createShortcuts({ isMac: false, run: () => false });
    const event = press('ArrowLeft');
    expect(shortcuts.handleKeyDown(event)).toBeNull();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
