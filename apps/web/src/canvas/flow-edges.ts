import type { Edge } from '@xyflow/react';
import { getOutputPort } from '@pc/graph';
import type { DocumentIssue, EdgeView, NodeView } from '@pc/document';

export type FlowEdge = Edge<Record<string, never>>;

interface CachedEdge {
  edge: EdgeView;
  selected: boolean;
  broken: boolean;
  sourceType: string | undefined;
  flow: FlowEdge;
}

const NO_DATA: Record<string, never> = Object.freeze({}) as Record<string, never>;

/** What the edge mapper reads of the document store's state. */
export interface FlowEdgeSource {
  readonly edgeIds: readonly string[];
  readonly edges: Readonly<Record<string, EdgeView>>;
  readonly nodes: Readonly<Record<string, NodeView>>;
  readonly issues: { readonly edges: Readonly<Record<string, readonly DocumentIssue[]>> };
}

/**
 * Maps the store's edges to React Flow edges, reusing the previous object for every edge
 * whose inputs did not change (the store keeps an untouched `EdgeView`'s identity). The
 * class carries the data type (wire colour) and any problem (red, dashed); edges the
 * derived view hides keep `hidden`, which React Flow honours.
 */
export const createEdgeMapper = () => {
  let cache = new Map<string, CachedEdge>();
  let last: FlowEdge[] = [];
  return (source: FlowEdgeSource, selected: ReadonlySet<string>): FlowEdge[] => {
    const nextCache = new Map<string, CachedEdge>();
    const next: FlowEdge[] = [];
    let changed = source.edgeIds.length !== last.length;
    for (const id of source.edgeIds) {
      const edge = source.edges[id];
      if (!edge) continue;
      const isSelected = selected.has(id);
      const issues = source.issues.edges[id];
      const broken = (issues?.length ?? 0) > 0;
      const sourceType = source.nodes[edge.source]?.type;
      const cached = cache.get(id);
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
            id,
            source: edge.source,
            sourceHandle: edge.sourceHandle,
            target: edge.target,
            targetHandle: edge.targetHandle,
            selected: isSelected,
            hidden: edge.hidden,
            data: NO_DATA,
            className: `edge edge--${dataType ?? 'unknown'}${broken ? ' edge--broken' : ''}`,
            ...(broken ? { ariaLabel: `Connection with a problem: ${issues?.[0]?.message ?? ''}` } : {}),
          },
        };
        changed = true;
      }
      if (!changed && last[next.length] !== entry.flow) changed = true;
      nextCache.set(id, entry);
      next.push(entry.flow);
    }
    cache = nextCache;
    if (changed) last = next;
    return last;
  };
};
