import { describeNodeCatalogue } from '@pc/graph';
import type { DocumentState } from '@pc/document';
import { withDefaults } from '../node-defaults.js';
import { summarizeNode } from '../nodes/card-summary.js';
import type { PickerEntry } from '../picker/Picker.js';

/** A node as the find list shows it (`key` is its id): its card's title ("13 EXT. POLICE STATION - DAWN") and its type's name. */
export type FindEntry = PickerEntry;

const typeLabels = new Map<string, string>(describeNodeCatalogue().map((entry) => [entry.type, entry.label]));

/** Every node of the document, in document order, titled as its card titles it. */
export const findEntries = (state: Pick<DocumentState, 'nodeIds' | 'nodes'>): FindEntry[] =>
  state.nodeIds.flatMap((id) => {
    const node = state.nodes[id];
    if (!node) return [];
    const summary = summarizeNode(node.type, withDefaults(node.type, node.data));
    const label = summary.number ? `${summary.number} ${summary.title}` : summary.title;
    return [{ key: id, type: node.type, label, description: typeLabels.get(node.type) ?? node.type }];
  });

