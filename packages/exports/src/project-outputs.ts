import { FunctionInputError, getFunctionsForNodeType, runFunction, type UpstreamNode } from '@pc/functions';
import { sha256Hex, topologicalOrder, type GraphDocument } from '@pc/graph';

/** A file a node made: its hash and media type, and its bytes when an export needs them. */
export interface OutputFile {
  hash: string;
  mediaType: string;
  size: number;
  bytes?: Uint8Array;
}

/** What one node produced: from its latest run (`run`), or computed here for the export (`computed`). */
export interface NodeOutputs {
  source: 'run' | 'computed';
  values: Record<string, unknown>;
  files: Record<string, OutputFile>;
}

export type ProjectOutputs = Record<string, NodeOutputs>;

/** Upstream of a node per input port, as the engine builds it: one entry per wire, in edge order. */
export const upstreamOf = (graph: GraphDocument, nodeId: string, outputs: ProjectOutputs): Record<string, UpstreamNode[]> => {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const upstream: Record<string, UpstreamNode[]> = {};
  for (const edge of graph.edges) {
    const source = edge.target === nodeId ? nodes.get(edge.source) : undefined;
    if (source) (upstream[edge.targetHandle] ??= []).push({ nodeId: source.id, type: source.type, data: source.data, outputs: outputs[source.id]?.values ?? {} });
  }
  return upstream;
};

/** Runs every function of a node type on `node` with `upstream`; outputs merged as the engine merges them. */
export const computeNode = async (node: { id: string; type: string; data: Record<string, unknown> }, upstream: Record<string, UpstreamNode[]>): Promise<NodeOutputs> => {
  const values: Record<string, unknown> = {};
  const files: Record<string, OutputFile> = {};
  const signal = new AbortController().signal;
  for (const fn of getFunctionsForNodeType(node.type)) {
    const result = await runFunction(fn.name, { node, upstream }, { signal });
    Object.assign(values, result.outputs);
    for (const artifact of result.artifacts) {
      // No renderPng here, so every artifact is text (SVG, JSON, Markdown).
      const text = artifact.text ?? '';
      const bytes = artifact.bytes ?? new TextEncoder().encode(text);
      files[artifact.name] = { hash: artifact.bytes ? '' : sha256Hex(text), mediaType: artifact.mediaType, size: bytes.length, bytes };
    }
  }
  return { source: 'computed', values, files };
};

/**
 * Every node's outputs: the stored ones from the latest runs where there are, the rest
 * computed in process (the functions are pure, so the result is what a run would store,
 * minus the PNGs). Nodes are visited upstream first; a node whose data the catalogue
 * rejects gets no outputs rather than failing the export.
 */
export const resolveProjectOutputs = async (graph: GraphDocument, stored: ProjectOutputs): Promise<ProjectOutputs> => {
  const outputs: ProjectOutputs = {};
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const id of topologicalOrder(graph)) {
    const node = nodes.get(id);
    if (!node) continue;
    const run = stored[id];
    if (run) {
      outputs[id] = run;
      continue;
    }
    try {
      outputs[id] = await computeNode(node, upstreamOf(graph, id, outputs));
    } catch (error) {
      if (!(error instanceof FunctionInputError)) throw error;
      outputs[id] = { source: 'computed', values: {}, files: {} };
    }
  }
  return outputs;
};
