import { canonicalJson } from '@pc/graph';
import type { ExportProject } from './sources.js';

/**
 * The project as canonical JSON: the graph (GraphJSON, importable) and the outputs
 * manifest — per node, whether its outputs come from a run or were computed for the
 * export, its output values, and its files by name with hash, media type and size.
 */
export const projectJson = (project: ExportProject): Uint8Array => {
  const ids = project.graph.nodes.map((node) => node.id).sort();
  const outputs = Object.fromEntries(
    ids.flatMap((id) => {
      const node = project.outputs[id];
      if (!node) return [];
      const files = Object.fromEntries(Object.entries(node.files).map(([name, file]) => [name, { hash: file.hash, mediaType: file.mediaType, size: file.size }]));
      return [[id, { source: node.source, values: node.values, files }]];
    }),
  );
  const document = { format: 'pcanvas-project', version: 1, name: project.name, revision: project.revision, graph: project.graph, outputs };
  return new TextEncoder().encode(`${canonicalJson(document)}\n`);
};
