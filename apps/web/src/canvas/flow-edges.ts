import type { Edge } from '@xyflow/react';
import { getOutputPort, type GraphEdge, type GraphNode } from '@pc/graph';
import type { ValidationIssue } from '@pc/graph';

export type FlowEdge = Edge<Record<string, never>>;

interface CachedEdge {
  edge: GraphEdge;
  selected: boolean;
  broken: boolean;
  sourceType: string | undefined;
  flow: FlowEdge;
}

const NO_DATA: Record<string, never> = Object.freeze({}) as Record<string, never>;

/**
 * Maps document edges to React Flow edges, reusing the previous object for every edge
 * whose inputs did not change. The class carries the data type (wire colour) and any
 * validation problem (red, dashed).
 */
export const createEdgeMapper = () => {
  let cache = new Map<string, CachedEdge>();
  let last: FlowEdge[] = [];
  return (
    edges: Readonly<Record<string, GraphEdge>>,
    nodes: Readonly<Record<string, GraphNode>>,
    selected: ReadonlySet<string>,
    issuesByEdge: Readonly<Record<string, readonly ValidationIssue[]>>,
  ): FlowEdge[] => {
    const nextCache = new Map<string, CachedEdge>();
    const next: FlowEdge[] = [];
    let changed = false;
    for (const edge of Object.values(edges)) {
      const isSelected = selected.has(edge.id);
      const broken = (issuesByEdge[edge.id]?.length ?? 0) > 0;
      const sourceType = nodes[edge.source]?.type;
      const cached = cache.get(edge.id);
      let entry: CachedEdge;
      if (cached && cached.edge === edge && cached.selected === isSelected && cached.broken === broken && cached.sourceType === sourceType) entry = cached;
      else {
        const dataType = sourceType ? getOutputPort(sourceType, edge.sourceHandle)?.dataType : undefined;
        entry = {
          edge,
          selected: isSelected,
          broken,
          sourceType,
          flow: {
            id: edge.id,
            source: edge.source,
            sourceHandle: edge.sourceHandle,
            target: edge.target,
            targetHandle: edge.targetHandle,
            selected: isSelected,
            data: NO_DATA,
            className: `edge edge--${dataType ?? 'unknown'}${broken ? ' edge--broken' : ''}`,
            ...(broken ? { ariaLabel: `Connection with a problem: ${issuesByEdge[edge.id]?.[0]?.message ?? ''}` } : {}),
          },
        };
        changed = true;
      }
      nextCache.set(edge.id, entry);
      next.push(entry.flow);
    }
    if (next.length !== last.length) changed = true;
    cache = nextCache;
    if (changed) last = next;
    return last;
  };
};
