import { keymap as defaultKeymap, type Shortcut, type ShortcutAction } from './keymap.js';

/** The parts of a KeyboardEvent the matcher reads (tests pass plain objects). */
export type ShortcutEvent = Pick<KeyboardEvent, 'key' | 'code' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'target' | 'defaultPrevented' | 'isComposing'> & {
  preventDefault(): void;
};

export interface ShortcutsOptions {
  /** Runs an action; returns false when it did nothing, so the key keeps its default. */
  run(action: ShortcutAction): boolean | void;
  /** ⌘ is Mod on macOS, Ctrl elsewhere. */
  isMac: boolean;
  keymap?: readonly Shortcut[];
}

export interface Shortcuts {
  /** Matches one keydown; returns the action it ran, or null. */
  handleKeyDown(event: ShortcutEvent): ShortcutAction | null;
  destroy(): void;
}

interface Combo {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const parse = (combo: string): Combo => {
  const parts = combo.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key: key.length === 1 ? key.toLowerCase() : key };
};

/** Keys typed with Shift on most layouts: their combo does not name Shift. */
const SHIFTED_SYMBOLS = new Set(['?']);

/**
 * The key an event names: letters lower-cased, and read from the physical key when the
 * layout types no Latin letter (⌘Z on a Cyrillic layout is still undo).
 */
const eventKey = (event: ShortcutEvent): string => {
  if (event.key === ' ') return 'Space';
  if (event.key.length !== 1) return event.key;
  const lower = event.key.toLowerCase();
  if (/^[a-z]$/.test(lower)) return lower;
  if (/^\p{L}$/u.test(lower) && /^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  return event.key;
};

/** A field the user types into: shortcuts other than save leave it alone. */
export const isTypingTarget = (target: EventTarget | null): boolean => {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return element.closest('[contenteditable="true"], [contenteditable=""]') !== null;
};

/**
 * Whether a modal dialog is open over the page. The canvas behind it is inert, yet a key still
 * reaches the window when the focus has fallen out of the dialog to the page (a button that
 * disabled itself while busy): Escape then cleared the canvas selection and, being handled,
 * no longer closed the dialog; Delete removed the selected nodes behind it. (Every dialog of
 * the app is modal: `showModal` through useModal.)
 */
const behindModal = (target: EventTarget | null): boolean => {
  const document = (target as Node | null)?.ownerDocument;
  return typeof document?.querySelector === 'function' && document.querySelector('dialog[open]') !== null;
};

/**
 * The canvas keyboard, framework-free (STYLE item 4): a keydown goes in, at most one action
 * comes out. Never fires while typing in a field (except `whileTyping` ones), inside an
 * open dialog, during IME composition, or after someone else handled the event.
 *
 * @example
 * const shortcuts = createShortcuts({ isMac: isMacPlatform(), run: (action) => actions[action]() });
 * window.addEventListener('keydown', shortcuts.handleKeyDown);
 */
export const createShortcuts = ({ run, isMac, keymap = defaultKeymap }: ShortcutsOptions): Shortcuts => {
  const bindings = keymap.flatMap((shortcut) => shortcut.keys.map((keys) => ({ shortcut, combo: parse(keys) })));
  let destroyed = false;

  const handleKeyDown = (event: ShortcutEvent): ShortcutAction | null => {
    if (destroyed || event.defaultPrevented || event.isComposing) return null;
    const typing = isTypingTarget(event.target);
    const inDialog =
      (typeof (event.target as Element | null)?.closest === 'function' && (event.target as Element).closest('[role="dialog"], dialog[open]') !== null) ||
      behindModal(event.target);
    const mod = isMac ? event.metaKey : event.ctrlKey;
    // The other platform's modifier (Ctrl on macOS, the Windows key elsewhere) is never ours.
    if (isMac ? event.ctrlKey : event.metaKey) return null;
    const key = eventKey(event);
    for (const { shortcut, combo } of bindings) {
      if (combo.key !== key || combo.mod !== mod || combo.alt !== event.altKey) continue;
      if (!SHIFTED_SYMBOLS.has(combo.key) && combo.shift !== event.shiftKey) continue;
      if ((typing || inDialog) && !shortcut.whileTyping) return null;
      if (run(shortcut.action) === false) return null;
      event.preventDefault();
      return shortcut.action;
    }
    return null;
  };

  return {
    handleKeyDown,
    destroy: () => {
      destroyed = true;
    },
  };
};
