import type * as Y from 'yjs';
import { GRAPH_SCHEMA_VERSION, createId, type GraphDocument } from '@pc/graph';
import { toGraphDocument } from '../graph-doc.js';
import { deriveView } from '../view/derive-view.js';
import { planAddNodes } from './add-nodes.js';
import { planAutoLayout } from './auto-layout.js';
import { planConnect } from './connect.js';
import { planDeleteSelection } from './delete-selection.js';
import { planDisconnect } from './disconnect.js';
import { planDuplicate } from './duplicate.js';
import { planMoveNodes } from './move-nodes.js';
import { planPaste } from './paste.js';
import { planAddStarterCoverage } from './starter-coverage.js';
import { planUpdateFields } from './update-fields.js';
import {
  emptySelection,
  type Command,
  type CommandContext,
  type CommandPlan,
  type CommandRefusal,
  type CommandResult,
  type Selection,
} from './types.js';

const unreachable = (value: never): never => {
  throw new Error(`Unknown command: ${JSON.stringify(value)}`);
};

/** Validates a command against the current state and plans its writes, without writing. */
export const planCommand = (ydoc: Y.Doc, command: Command, ctx: CommandContext): CommandPlan | CommandRefusal => {
  switch (command.kind) {
    case 'AddNodes':
      return planAddNodes(ydoc, command, ctx);
    case 'DeleteSelection':
      return planDeleteSelection(ydoc, command, ctx);
    case 'MoveNodes':
      return planMoveNodes(ydoc, command, ctx);
    case 'UpdateFields':
      return planUpdateFields(ydoc, command, ctx);
    case 'Connect':
      return planConnect(ydoc, command, ctx);
    case 'Disconnect':
      return planDisconnect(ydoc, command, ctx);
    case 'Paste':
      return planPaste(ydoc, command, ctx);
    case 'Duplicate':
      return planDuplicate(ydoc, command, ctx);
    case 'AutoLayout':
      return planAutoLayout(ydoc, command, ctx);
    case 'AddStarterCoverage':
      return planAddStarterCoverage(ydoc, command, ctx);
    default:
      return unreachable(command);
  }
};

/** The graph a user sees: the document without the edges the derived view hides. */
export const toVisibleGraph = (ydoc: Y.Doc): GraphDocument => {
  const graph = toGraphDocument(ydoc);
  const hidden = new Set(deriveView(graph).hiddenEdgeIds);
  return { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: graph.nodes, edges: graph.edges.filter((edge) => !hidden.has(edge.id)) };
};

/**
 * A context for running commands without a store (the server applying a REST edit, a
 * script): the visible graph is projected from the document on demand.
 */
export const createCommandContext = (
  ydoc: Y.Doc,
  options: { origin: unknown; selection?: Selection; createId?: (prefix?: string) => string },
): CommandContext => {
  let graph: GraphDocument | undefined;
  return {
    origin: options.origin,
    selection: options.selection ?? emptySelection,
    createId: options.createId ?? createId,
    getGraph: () => (graph ??= toVisibleGraph(ydoc)),
  };
};

/**
 * Runs one command: validates it against the current state and, when allowed, applies it
 * as one transaction with `ctx.origin`. A refusal writes nothing.
 *
 * @example
 * const result = executeCommand(ydoc, { kind: 'MoveNodes', moves }, createCommandContext(ydoc, { origin: SERVER_ORIGIN }));
 * if (!result.ok) return problem(422, result.reason);
 */
export const executeCommand = (ydoc: Y.Doc, command: Command, ctx: CommandContext): CommandResult => {
  const plan = planCommand(ydoc, command, ctx);
  if (!plan.ok) return plan;
  ydoc.transact(plan.apply, ctx.origin);
  return { ok: true, label: plan.label, selection: plan.selection ?? ctx.selection, created: plan.created ?? [] };
};
