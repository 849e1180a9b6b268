import type * as Y from 'yjs';
import type { GraphDocument, GraphEdge, IssueCode, Position, ProposedConnection } from '@pc/graph';
import type { ClipboardPayload } from '../clipboard.js';

/** Session state: which nodes and edges this user has selected. Never written to the document. */
export interface Selection {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

/** Nothing selected: the initial selection, shared so it compares by identity. */
export const emptySelection: Selection = Object.freeze({ nodeIds: Object.freeze([]), edgeIds: Object.freeze([]) });

/** A node to add: a catalogue type, a position, optional field values (the rest default). */
export interface NewNode {
  readonly type: string;
  readonly position: Position;
  readonly data?: Readonly<Record<string, unknown>>;
  /** Defaults to a fresh id. */
  readonly id?: string;
}

export interface NodeMove {
  readonly id: string;
  readonly position: Position;
}

/** A node's rendered size, which only the canvas knows (React Flow's `measured`). */
export interface NodeSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Every change a user can make to a graph, as typed data. One command is one Yjs
 * transaction and one undo step.
 */
export type Command =
  | { readonly kind: 'AddNodes'; readonly nodes: readonly NewNode[] }
  /**
   * Deletes nodes (with every edge touching them) and edges; `ids` defaults to the
   * selection. With `cut`, what was deleted went to the clipboard: the step reads "Cut …".
   */
  | { readonly kind: 'DeleteSelection'; readonly ids?: readonly string[]; readonly cut?: boolean }
  /**
   * Commits a drag: write it once, at drag end (positions during a drag go to awareness).
   * With `nudge` (arrow keys), successive nudges of the same nodes within a second merge
   * into one undo step, so a held arrow key is one step however often it repeats.
   */
  | { readonly kind: 'MoveNodes'; readonly moves: readonly NodeMove[]; readonly nudge?: boolean }
  /** Sets field values of one node; collaborative text fields change through a minimal diff. */
  | { readonly kind: 'UpdateFields'; readonly id: string; readonly fields: Readonly<Record<string, unknown>> }
  /**
   * Links an output to an input. With `replace`, a link already in a single input is
   * swapped for this one in the same step (dropping a wire on an occupied input).
   */
  | ({ readonly kind: 'Connect'; readonly id?: string; readonly replace?: boolean; readonly data?: GraphEdge['data'] } & Readonly<ProposedConnection>)
  | { readonly kind: 'Disconnect'; readonly ids: readonly string[] }
  /** Inserts a clipboard's nodes with fresh ids; `at` is where their top-left corner goes. */
  | { readonly kind: 'Paste'; readonly clipboard: ClipboardPayload; readonly at?: Position }
  /** Copy and paste in one step, `offset` from the originals; `ids` defaults to the selected nodes. */
  | { readonly kind: 'Duplicate'; readonly ids?: readonly string[]; readonly offset?: Position }
  /** Arranges nodes left to right along their links (dagre); `ids` defaults to every node. */
  | { readonly kind: 'AutoLayout'; readonly ids?: readonly string[]; readonly sizes?: Readonly<Record<string, NodeSize>> }
  /** Adds a Scene's starter coverage: master, singles, OTS pair, inserts, numbered and wired (see planAddStarterCoverage). */
  | { readonly kind: 'AddStarterCoverage'; readonly sceneId: string };

export type CommandKind = Command['kind'];
export type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;

/**
 * Why a command was refused: a packages/graph issue code for graph rules, or one of these.
 * `nothing_to_do` (a drag ending where it began, a field set to its value) is not an error
 * and the UI shows nothing for it.
 */
export type RefusalCode =
  | IssueCode
  | 'nothing_to_do'
  | 'read_only'
  | 'node_not_found'
  | 'edge_not_found'
  | 'invalid_id'
  | 'invalid_position'
  | 'unknown_field'
  | 'invalid_clipboard'
  | 'too_many_nodes'
  | 'too_many_edges';

export interface CommandRefusal {
  readonly ok: false;
  readonly code: RefusalCode;
  /** A sentence for the user. */
  readonly reason: string;
}

/** What a command will do, checked and ready: `apply` writes it (inside a transaction). */
export interface CommandPlan {
  readonly ok: true;
  /** The history label: "Move 3 nodes", "Paste 12 nodes". */
  readonly label: string;
  /** The selection after the command, when it changes it (new nodes are selected). */
  readonly selection?: Selection;
  /**
   * Consecutive commands with the same key within a second merge into one undo step
   * (typing into one field). Undefined: always a step of its own.
   */
  readonly coalesceKey?: string;
  /** Ids of the nodes and links the command creates (the canvas may want to focus them). */
  readonly created?: readonly string[];
  readonly apply: () => void;
}

export type CommandResult =
  | { readonly ok: true; readonly label: string; readonly selection: Selection; readonly created: readonly string[] }
  | CommandRefusal;

/** What a command may read besides the document. */
export interface CommandContext {
  /** The transaction origin; the local user's undo tracks exactly this origin. */
  readonly origin: unknown;
  readonly selection: Selection;
  readonly createId: (prefix?: string) => string;
  /** The graph as the user sees it (edges the derived view hides left out): what commands validate against. */
  readonly getGraph: () => GraphDocument;
}

/** A command's implementation: validate against the current state, then plan the writes. */
export type CommandPlanner<C> = (ydoc: Y.Doc, command: C, ctx: CommandContext) => CommandPlan | CommandRefusal;

/** A refusal with `code` and a `reason` for the user. */
export const refuse = (code: RefusalCode, reason: string): CommandRefusal => ({ ok: false, code, reason });
