/*
 * Every canvas shortcut, once: the shortcut instance matches against it and the help
 * panel lists it. `Mod` is ⌘ on macOS and Ctrl elsewhere.
 */

export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'deleteSelection'
  | 'duplicate'
  | 'selectAll'
  | 'clearSelection'
  | 'nudgeLeft'
  | 'nudgeRight'
  | 'nudgeUp'
  | 'nudgeDown'
  | 'nudgeLeftFar'
  | 'nudgeRightFar'
  | 'nudgeUpFar'
  | 'nudgeDownFar'
  | 'walkLeft'
  | 'walkRight'
  | 'walkUp'
  | 'walkDown'
  | 'walkUpstream'
  | 'walkDownstream'
  | 'quickAdd'
  | 'find'
  | 'autoLayout'
  | 'toggleShortcuts'
  | 'save';

export interface Shortcut {
  readonly action: ShortcutAction;
  /** Combos such as `Mod+Z`, `Shift+Mod+Z`, `ArrowLeft`, `?`: modifiers first, then the key. */
  readonly keys: readonly string[];
  /** Runs while a field has focus (saving); every other shortcut leaves typing alone. */
  readonly whileTyping?: boolean;
}

export const keymap: readonly Shortcut[] = [
  { action: 'undo', keys: ['Mod+Z'] },
  { action: 'redo', keys: ['Shift+Mod+Z', 'Mod+Y'] },
  { action: 'deleteSelection', keys: ['Delete', 'Backspace'] },
  { action: 'duplicate', keys: ['Mod+D'] },
  { action: 'selectAll', keys: ['Mod+A'] },
  { action: 'clearSelection', keys: ['Escape'] },
  { action: 'nudgeLeft', keys: ['ArrowLeft'] },
  { action: 'nudgeRight', keys: ['ArrowRight'] },
  { action: 'nudgeUp', keys: ['ArrowUp'] },
  { action: 'nudgeDown', keys: ['ArrowDown'] },
  { action: 'nudgeLeftFar', keys: ['Shift+ArrowLeft'] },
  { action: 'nudgeRightFar', keys: ['Shift+ArrowRight'] },
  { action: 'nudgeUpFar', keys: ['Shift+ArrowUp'] },
  { action: 'nudgeDownFar', keys: ['Shift+ArrowDown'] },
  // Plain arrows nudge; with Alt (⌥) they move the selection instead.
  { action: 'walkLeft', keys: ['Alt+ArrowLeft'] },
  { action: 'walkRight', keys: ['Alt+ArrowRight'] },
  { action: 'walkUp', keys: ['Alt+ArrowUp'] },
  { action: 'walkDown', keys: ['Alt+ArrowDown'] },
  { action: 'walkUpstream', keys: ['Shift+Alt+ArrowLeft'] },
  { action: 'walkDownstream', keys: ['Shift+Alt+ArrowRight'] },
  { action: 'quickAdd', keys: ['Space'] },
  { action: 'find', keys: ['Mod+F'] },
  { action: 'autoLayout', keys: ['Shift+L'] },
  { action: 'toggleShortcuts', keys: ['?'] },
  { action: 'save', keys: ['Mod+S'], whileTyping: true },
];

/**
 * A line of the help panel; `edits` marks one that changes the graph, which a viewer cannot use;
 * `overview` is its short line in the properties panel's overview, for the few listed there.
 */
export interface HelpRow {
  readonly keys: readonly string[];
  readonly label: string;
  readonly edits?: true;
  readonly overview?: string;
}

export interface HelpSection {
  readonly title: string;
  readonly rows: readonly HelpRow[];
}

/** What the help panel shows, in reading order. Copy, cut and paste are the browser's own events. */
export const helpSections: readonly HelpSection[] = [
  {
    title: 'Edit',
    rows: [
      { keys: ['Mod+Z'], label: 'Undo', edits: true, overview: 'undo' },
      { keys: ['Shift+Mod+Z', 'Mod+Y'], label: 'Redo', edits: true },
      { keys: ['Mod+C'], label: 'Copy selected nodes (with the links between them)' },
      { keys: ['Mod+X'], label: 'Cut', edits: true },
      { keys: ['Mod+V'], label: 'Paste at the pointer (works across graphs and tabs)', edits: true },
      { keys: ['Mod+D'], label: 'Duplicate', edits: true },
      { keys: ['Delete', 'Backspace'], label: 'Delete selection', edits: true },
      { keys: ['Mod+S'], label: 'Save now', edits: true },
    ],
  },
  {
    title: 'Select and move',
    rows: [
      { keys: ['Shift+Click'], label: 'Add to or remove from the selection' },
      { keys: ['Shift+Drag'], label: 'Select an area (drag on empty canvas)', overview: 'select an area' },
      { keys: ['Mod+A'], label: 'Select all' },
      { keys: ['Escape'], label: 'Clear selection / close' },
      { keys: ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown'], label: 'Nudge 1 px (each press is one undo step)', edits: true },
      { keys: ['Shift+Arrow'], label: 'Nudge 10 px', edits: true },
      { keys: ['Tab'], label: 'Reach the canvas at the selected node (or the first); Tab again leaves it' },
      { keys: ['Alt+Arrow'], label: 'Select the nearest node that way (the properties and the focus follow)' },
      { keys: ['Shift+Alt+ArrowLeft', 'Shift+Alt+ArrowRight'], label: 'Follow the wires upstream / downstream' },
    ],
  },
  {
    title: 'Canvas',
    rows: [
      { keys: ['Space'], label: 'Quick add a node at the pointer (or double-click the canvas)', edits: true, overview: 'add a node (or double-click)' },
      { keys: ['Mod+F'], label: 'Find a node by its title and go to it', overview: 'find a node by title or scene number' },
      { keys: ['Shift+L'], label: 'Auto-layout left to right (the selection, or every node)', edits: true },
      { keys: ['Drag'], label: 'Pan (on empty canvas); scroll or pinch to zoom' },
      { keys: ['Click'], label: "Follow a collaborator's view: click their avatar in the toolbar" },
      { keys: ['?'], label: 'Show or hide these shortcuts' },
    ],
  },
];

/**
 * The help a person sees: a viewer only the shortcuts they can use (select, walk, find, pan,
 * zoom, follow, copy), not ones that would be refused; an editor every one.
 */
export const helpSectionsFor = (readOnly: boolean): readonly HelpSection[] =>
  readOnly ? helpSections.map((section) => ({ ...section, rows: section.rows.filter((row) => !row.edits) })).filter((section) => section.rows.length > 0) : helpSections;

/**
 * The overview's few shortcuts, from the same rows as the help (so a viewer is never shown
 * one that edits): adding, finding, selecting, undoing, in that order.
 */
export const overviewRowsFor = (readOnly: boolean): readonly HelpRow[] => {
  const order = ['Space', 'Mod+F', 'Shift+Drag', 'Mod+Z'];
  const rows = helpSectionsFor(readOnly).flatMap((section) => section.rows.filter((row) => row.overview));
  return rows.sort((a, b) => order.indexOf(a.keys[0]!) - order.indexOf(b.keys[0]!));
};

const keyNames: Record<string, { mac: string; other: string }> = {
  Mod: { mac: '⌘', other: 'Ctrl' },
  Shift: { mac: '⇧', other: 'Shift' },
  Alt: { mac: '⌥', other: 'Alt' },
  ArrowLeft: { mac: '←', other: '←' },
  ArrowRight: { mac: '→', other: '→' },
  ArrowUp: { mac: '↑', other: '↑' },
  ArrowDown: { mac: '↓', other: '↓' },
  Arrow: { mac: 'Arrows', other: 'Arrows' },
  Escape: { mac: 'Esc', other: 'Esc' },
  Delete: { mac: 'Del', other: 'Del' },
  Backspace: { mac: '⌫', other: 'Backspace' },
};

/** A combo as the platform writes it: `Shift+Mod+Z` → ["⇧", "⌘", "Z"] or ["Shift", "Ctrl", "Z"]. */
export const formatCombo = (combo: string, isMac: boolean): string[] =>
  combo.split('+').map((part) => keyNames[part]?.[isMac ? 'mac' : 'other'] ?? (part.length === 1 ? part.toUpperCase() : part));

export const isMacPlatform = (): boolean => {
  if (typeof navigator === 'undefined') return false;
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad/i.test(platform);
};
