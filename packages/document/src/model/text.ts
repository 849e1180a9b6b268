import * as Y from 'yjs';
import { getNodeData, getNodesMap } from './schema.js';

/**
 * The Y.Text behind a collaborative text field, for binding an editor (CodeMirror,
 * a textarea with diffing) directly. Write to it with the store's `origin` so the edits
 * are undoable; undefined when the node or the field does not exist or is not a Y.Text.
 */
export const getNodeText = (ydoc: Y.Doc, nodeId: string, field: string): Y.Text | undefined => {
  const node = getNodesMap(ydoc).get(nodeId);
  const value = node ? getNodeData(node)?.get(field) : undefined;
  return value instanceof Y.Text ? value : undefined;
};
