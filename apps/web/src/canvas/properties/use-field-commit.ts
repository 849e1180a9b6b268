import { useCallback } from 'react';
import { useCanvasStore } from '../store/react.js';
import { checkFieldValue, fieldPatch } from './validate-field.js';

/**
 * Returns `commit(value)`: validates one field with the node type's schema and writes it
 * through `updateFields` when valid. Returns the error message, or null when written.
 * Reads the node at call time, so typing never subscribes to the whole document.
 */
export const useFieldCommit = (nodeId: string, nodeType: string, path: readonly string[]) => {
  const store = useCanvasStore();
  return useCallback(
    (value: unknown): string | null => {
      const data = store.getState().document.nodes[nodeId]?.data ?? {};
      const check = checkFieldValue(nodeType, path, value, data);
      if (!check.ok) return check.message;
      store.getState().updateFields(nodeId, fieldPatch(path, check.value, data));
      return null;
    },
    [store, nodeId, nodeType, path],
  );
};
