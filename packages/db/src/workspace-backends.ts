import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { newBackendId } from './ids.js';
import { workspaceBackends, type WorkspaceBackendRow } from './schema/workspace-backends.js';

/** A stored back end: its config holds secret references only. */
export type WorkspaceBackendRecord = WorkspaceBackendRow;

export interface BackendWrite {
  name: string;
  kind: 'comfyui' | 'openai-images';
  config: Record<string, unknown>;
  isDefault: boolean;
}

/** A name already used in the workspace. */
export type BackendWriteResult = { kind: 'written'; backend: WorkspaceBackendRecord } | { kind: 'name_taken' } | { kind: 'not_found' };

const isUniqueViolation = (error: unknown, index: string): boolean => {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const text = `${(cause as { constraint_name?: string }).constraint_name ?? ''} ${(cause as { constraint?: string }).constraint ?? ''} ${String((cause as Error).message ?? '')}`;
  return text.includes(index);
};

/** The workspace's back ends, by name. */
export const listWorkspaceBackends = (db: Db, workspaceId: string): Promise<WorkspaceBackendRecord[]> =>
  db.select().from(workspaceBackends).where(eq(workspaceBackends.workspaceId, workspaceId)).orderBy(asc(workspaceBackends.name));

export const findWorkspaceBackend = async (db: Db, workspaceId: string, id: string): Promise<WorkspaceBackendRecord | undefined> =>
  (await db.select().from(workspaceBackends).where(and(eq(workspaceBackends.workspaceId, workspaceId), eq(workspaceBackends.id, id))))[0];

/** The back end runs of this workspace generate with, if any. */
export const findDefaultWorkspaceBackend = async (db: Db, workspaceId: string): Promise<WorkspaceBackendRecord | undefined> =>
  (await db.select().from(workspaceBackends).where(and(eq(workspaceBackends.workspaceId, workspaceId), eq(workspaceBackends.isDefault, true))))[0];

/**
 * Adds a back end; made the default, it takes over from the previous default in the
 * same transaction. The id is generated here.
 */
export const insertWorkspaceBackend = async (db: Db, workspaceId: string, write: BackendWrite, now: Date): Promise<BackendWriteResult> => {
  try {
    const backend = await db.transaction(async (tx) => {
      if (write.isDefault) await tx.update(workspaceBackends).set({ isDefault: false }).where(and(eq(workspaceBackends.workspaceId, workspaceId), eq(workspaceBackends.isDefault, true)));
      const [row] = await tx
        .insert(workspaceBackends)
        .values({ id: newBackendId(), workspaceId, ...write, createdAt: now, updatedAt: now })
        .returning();
      return row as WorkspaceBackendRecord;
    });
    return { kind: 'written', backend };
  } catch (error) {
    if (isUniqueViolation(error, 'workspace_backends_name_idx')) return { kind: 'name_taken' };
    throw error;
  }
};

/** Replaces a back end's fields (the caller merges kept secrets into `config`); bumps `version`. */
export const updateWorkspaceBackend = async (db: Db, workspaceId: string, id: string, write: BackendWrite, now: Date): Promise<BackendWriteResult> => {
  try {
    const backend = await db.transaction(async (tx) => {
      if (write.isDefault) {
        await tx
          .update(workspaceBackends)
          .set({ isDefault: false })
          .where(and(eq(workspaceBackends.workspaceId, workspaceId), eq(workspaceBackends.isDefault, true), sql`${workspaceBackends.id} <> ${id}`));
      }
      const [row] = await tx
        .update(workspaceBackends)
        .set({ ...write, version: sql`${workspaceBackends.version} + 1`, updatedAt: now })
        .where(and(eq(workspaceBackends.workspaceId, workspaceId), eq(workspaceBackends.id, id)))
        .returning();
      return row;
    });
    return backend ? { kind: 'written', backend } : { kind: 'not_found' };
  } catch (error) {
    if (isUniqueViolation(error, 'workspace_backends_name_idx')) return { kind: 'name_taken' };
    throw error;
  }
};

/** Removes a back end; false when there was none. */
export const deleteWorkspaceBackend = async (db: Db, workspaceId: string, id: string): Promise<boolean> =>
  (await db.delete(workspaceBackends).where(and(eq(workspaceBackends.workspaceId, workspaceId), eq(workspaceBackends.id, id))).returning({ id: workspaceBackends.id })).length > 0;
