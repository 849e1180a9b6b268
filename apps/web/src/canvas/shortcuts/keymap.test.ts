import { describe, expect, it } from 'vitest';
import { helpSections, helpSectionsFor, overviewRowsFor } from './keymap.js';

const labels = (readOnly: boolean) => helpSectionsFor(readOnly).flatMap((section) => section.rows.map((row) => row.label));

describe('helpSectionsFor', () => {
  it('shows an editor every shortcut', () => {
    expect(helpSectionsFor(false)).toBe(helpSections);
  });

  it('shows a viewer the ways around the graph, and none that edit it', () => {
    const viewer = labels(true);
    expect(viewer).toEqual(expect.arrayContaining(['Select all', 'Find a node by its title and go to it', 'Show or hide these shortcuts']));
    expect(viewer.some((label) => label.startsWith('Pan'))).toBe(true);
    expect(viewer.some((label) => label.startsWith('Follow a collaborator'))).toBe(true);
    expect(viewer.some((label) => label.startsWith('Copy'))).toBe(true);
    for (const edit of ['Undo', 'Redo', 'Cut', 'Duplicate', 'Delete selection', 'Save now', 'Nudge 10 px']) expect(viewer).not.toContain(edit);
    expect(viewer.some((label) => /^(Paste|Quick add|Auto-layout|Nudge)/.test(label))).toBe(false);
  });
});

describe('overviewRowsFor', () => {
  it('lists adding, finding, selecting and undoing for an editor, and only finding and selecting for a viewer', () => {
    expect(overviewRowsFor(false).map((row) => row.overview)).toEqual(['add a node (or double-click)', 'find a node by title or scene number', 'select an area', 'undo']);
    expect(overviewRowsFor(true).map((row) => row.overview)).toEqual(['find a node by title or scene number', 'select an area']);
    expect(overviewRowsFor(true).some((row) => row.edits)).toBe(false);
  });
});
