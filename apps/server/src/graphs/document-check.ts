import { createGraphVersionValidator, isBlockingIssue, validateGraph, type GraphDocument, type ValidationIssue } from '@pc/graph';
import { ApiError, joinPath } from '../errors/api-error.js';

/**
 * Checks a document about to be written. Blocking issues (a cycle, an unknown node type,
 * a field out of range…) refuse the write with a 422 listing each one at its path under
 * `at` (such as `document.nodes.3.data.lensMm`); the rest (a Shot with no Scene yet) are
 * unfinished work, saved and returned.
 *
 * With `graphId` (a write of an existing graph), the graph's last validated version is
 * remembered: nodes whose type and data did not change skip their field parse.
 *
 * @returns every issue of the document, blocking or not.
 */
export function checkWritableDocument(document: GraphDocument, at: readonly PropertyKey[], graphId?: string): ValidationIssue[] {
  const issues = graphId === undefined ? validateGraph(document) : versionValidator(graphId)(document);
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

/** Graphs whose last written version is remembered (the most recently written ones). */
const MAX_REMEMBERED_GRAPHS = 16;
const versionValidators = new Map<string, (document: GraphDocument) => ValidationIssue[]>();

/** The graph's version validator, most recently used last; the oldest beyond the bound is dropped. */
const versionValidator = (graphId: string) => {
  const validator = versionValidators.get(graphId) ?? createGraphVersionValidator();
  versionValidators.delete(graphId);
  versionValidators.set(graphId, validator);
  for (const oldest of versionValidators.keys()) {
    if (versionValidators.size <= MAX_REMEMBERED_GRAPHS) break;
    versionValidators.delete(oldest);
  }
  return validator;
};
