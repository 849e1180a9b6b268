import { useCallback } from 'react';
import { useCanvas } from '../store/react.js';
import { checkFieldValue, fieldPatch } from './validate-field.js';

/**
 * Returns `commit(value)`: validates one field with the node type's schema and writes it
 * through an `UpdateFields` command when valid (a refusal's reason is returned like an error). Returns the error message, or null when written.
 * Reads the node at call time, so typing never subscribes to the whole document.
 */
export const useFieldCommit = (nodeId: string, nodeType: string, path: readonly string[]) => {
  const canvas = useCanvas();
  return useCallback(
    (value: unknown): string | null => {
      const data = canvas.doc.store.getState().nodes[nodeId]?.data ?? {};
      const check = checkFieldValue(nodeType, path, value, data);
      if (!check.ok) return check.message;
      const result = canvas.doc.execute({ kind: 'UpdateFields', id: nodeId, fields: fieldPatch(path, check.value, data) });
      return result.ok || result.code === 'nothing_to_do' ? null : result.reason;
    },
    [canvas, nodeId, nodeType, path],
  );
};
