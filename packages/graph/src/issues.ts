/**
 * Every problem `validateGraph` and `checkConnection` can report, as a closed list. The
 * UI maps a code to an icon and a place on the canvas; the REST layer maps blocking codes
 * to a 422. Add a code here before reporting it anywhere.
 */
export const issueCodes = [
  'duplicate_id',
  'unknown_node_type',
  'invalid_field',
  'unknown_port',
  'incompatible_ports',
  'port_occupied',
  'duplicate_edge',
  'self_loop',
  'cycle',
  'dangling_edge',
  'shot_missing_scene',
  'shot_character_not_cast',
] as const;

/** One of {@link issueCodes}. */
export type IssueCode = (typeof issueCodes)[number];

/** `error` blocks runs; `warning` is shown but never blocks (no code uses it yet). */
export type IssueSeverity = 'error' | 'warning';

/** A path into GraphJSON, such as `['nodes', 3, 'data', 'lensMm']` or `['edges', 7, 'targetHandle']`. */
export type DocumentPath = (string | number)[];

/**
 * One problem found in a graph document.
 *
 * `message` is written for the film creator who will read it on the canvas; `path`,
 * `nodeId` and `edgeId` say where to show it.
 */
export interface ValidationIssue {
  code: IssueCode;
  severity: IssueSeverity;
  message: string;
  nodeId?: string;
  edgeId?: string;
  path: DocumentPath;
}

/**
 * Whether an issue makes a document invalid, so a REST write carrying it must be refused.
 *
 * A Shot without a scene, or showing a character not cast in its scene, is unfinished work
 * a collaborator may legitimately leave for later: it is saved and shown on the node, and
 * it only blocks running.
 *
 * @example
 * const refused = validateGraph(doc).filter(isBlockingIssue);
 * if (refused.length > 0) throw unprocessable(refused);
 */
export const isBlockingIssue = (issue: Pick<ValidationIssue, 'code'>): boolean => {
  switch (issue.code) {
    case 'shot_missing_scene':
    case 'shot_character_not_cast':
      return false;
    case 'duplicate_id':
    case 'unknown_node_type':
    case 'invalid_field':
    case 'unknown_port':
    case 'incompatible_ports':
    case 'port_occupied':
    case 'duplicate_edge':
    case 'self_loop':
    case 'cycle':
    case 'dangling_edge':
      return true;
    default:
      return assertNever(issue.code);
  }
};

/** Closes a union switch: a new member becomes a compile error at every switch. */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${String(value)}`);
};
