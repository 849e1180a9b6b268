import { getNodeType } from '@pc/graph';
import { getFieldSchema, getFieldTitle } from '../model/fields.js';
import { readFieldValue, readNodeType } from '../model/read.js';
import { getNodeData, getNodesMap } from '../model/schema.js';
import { toStoredJson } from '../model/well-formed.js';
import { sameJson, writeField } from '../model/write.js';
import { describeFieldProblem, storedNodeTitle } from './describe.js';
import { refuse, type CommandOf, type CommandPlanner } from './types.js';

/**
 * Sets field values on one node, each checked against the field's schema. Text fields
 * stored as Y.Text change through a minimal diff, so concurrent typing in the same text
 * merges. Successive edits of the same fields of the same node within a second are one
 * undo step (typing), unless the store's `stopCapturing()` is called in between.
 */
export const planUpdateFields: CommandPlanner<CommandOf<'UpdateFields'>> = (ydoc, command) => {
  const node = getNodesMap(ydoc).get(command.id);
  const data = node ? getNodeData(node) : undefined;
  if (!node || !data) return refuse('node_not_found', 'This node is no longer in the graph.');
  const type = readNodeType(node);
  const definition = getNodeType(type);
  if (!definition) return refuse('unknown_node_type', `This version cannot edit nodes of type “${type}”.`);

  const changes = new Map<string, unknown>();
  for (const [field, value] of Object.entries(command.fields)) {
    const schema = getFieldSchema(type, field);
    if (!schema) return refuse('unknown_field', `${definition.label} nodes have no field “${field}”.`);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));
      return refuse('invalid_field', describeFieldProblem(type, issues));
    }
    const stored = toStoredJson(parsed.data);
    if (!sameJson(readFieldValue(data.get(field)), stored)) changes.set(field, stored);
  }
  if (changes.size === 0) return refuse('nothing_to_do', 'The fields already have these values.');

  const fields = [...changes.keys()].sort();
  const [only] = fields;
  const title = storedNodeTitle(ydoc, command.id);
  return {
    ok: true,
    label: fields.length === 1 && only ? `Edit ${getFieldTitle(type, only)} of ${title}` : `Edit ${title}`,
    coalesceKey: JSON.stringify(['UpdateFields', command.id, fields]),
    apply: () => {
      for (const [field, value] of changes) writeField(data, type, field, value);
    },
  };
};
