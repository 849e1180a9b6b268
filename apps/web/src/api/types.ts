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

/** The signed-in person. */
export interface User {
  id: string;
  email: string;
  name: string;
  instanceOwner: boolean;
  createdAt: string;
}

export type WorkspaceRole = 'owner' | 'editor' | 'viewer';

/** A workspace as one member sees it, with their role. */
export interface Workspace {
  id: string;
  name: string;
  role: WorkspaceRole;
  personal: boolean;
  createdAt: string;
}

export interface Me {
  user: User;
  workspaces: Workspace[];
}

export interface WorkspaceMember {
  userId: string;
  email: string;
  name: string;
  role: WorkspaceRole;
  createdAt: string;
}

export type ApiKeyScope = 'read' | 'write' | 'run';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/** The response that carries the key itself, once. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}
