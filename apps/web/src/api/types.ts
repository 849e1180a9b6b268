import type { GraphDocument, NodeTypeDescription } from '@pc/graph';
import type { ValidationIssue } from '@pc/graph';

/** A row of the graph list. */
export interface GraphSummary {
  id: string;
  name: string;
  workspaceId: string;
  revision: number;
  nodeCount: number;
  edgeCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A graph with its document, as returned by GET/POST/PUT. */
export interface GraphRecord {
  id: string;
  name: string;
  workspaceId: string;
  revision: number;
  document: GraphDocument;
  issues: ValidationIssue[];
  createdAt: string;
  updatedAt: string;
}

export interface GraphPage {
  graphs: GraphSummary[];
  nextCursor: string | null;
}

export interface NodeTypesResponse {
  nodeTypes: NodeTypeDescription[];
}
