import { isBlockingIssue, validateGraph, type GraphDocument, type ValidationIssue } from '@pc/graph';
import { ApiError, joinPath } from '../errors/api-error.js';

/**
 * Checks a document about to be written. Blocking issues (a cycle, an unknown node type,
 * a field out of range…) refuse the write with a 422 listing each one at its path under
 * `at` (such as `document.nodes.3.data.lensMm`); the rest (a Shot with no Scene yet) are
 * unfinished work, saved and returned.
 *
 * @returns every issue of the document, blocking or not.
 */
export function checkWritableDocument(document: GraphDocument, at: readonly PropertyKey[]): ValidationIssue[] {
  const issues = validateGraph(document);
  const blocking = issues.filter(isBlockingIssue);
  if (blocking.length > 0) {
    throw new ApiError('invalid_graph', {
      detail: `The graph has ${blocking.length === 1 ? 'a problem' : `${blocking.length} problems`} to fix before it can be saved.`,
      errors: blocking.map((issue) => ({
        path: joinPath([...at, ...issue.path]),
        message: issue.message,
        code: issue.code,
        nodeId: issue.nodeId,
        edgeId: issue.edgeId,
      })),
    });
  }
  return issues;
}
