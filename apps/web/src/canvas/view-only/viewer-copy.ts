/*
 * What a viewer is told wherever the canvas shows something they cannot use: one wording,
 * so the badge, the Run control, the panel and a refused key all say the same thing.
 */

/** How to get past it: edit access comes from the workspace's owners (Members). */
const ASK = 'ask its owner for edit access';

/** The "View only" badge: what a viewer can do here, and what not. */
export const viewerBadgeExplanation = `You are a viewer in this workspace: you can follow this graph live, read every node and its results, open revisions and export — but not change or run it. To change it, ${ASK}.`;

/** The disabled Run control. */
export const viewerRunExplanation = `Viewers can't run this graph — ${ASK}.`;

/** Above the properties of a node or connection. */
export const viewerPanelNote = `View only: you can read these fields but not change them — ${ASK}.`;

/** A key or gesture that would have changed the graph (Delete, undo, paste, nudge…). */
export const viewerEditRefusal = { tone: 'info', title: "Viewers can't change this graph", detail: `To change it, ${ASK}.` } as const;
