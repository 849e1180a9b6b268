import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client.js';
import { createCursorCodec, keysetPage, type KeysetPage } from './cursor.js';
import { newWorkspaceId } from './ids.js';
import { users } from './schema/users.js';
import { workspaceMembers, type WorkspaceRole } from './schema/workspace-members.js';
import { workspaces } from './schema/workspaces.js';

/** A workspace as one member sees it: with their role. */
export interface MemberWorkspace {
  id: string;
  name: string;
  personal: boolean;
  role: WorkspaceRole;
  createdAt: Date;
}

/** A member as the members screen shows them. */
export interface WorkspaceMember {
  userId: string;
  email: string;
  name: string;
  role: WorkspaceRole;
  createdAt: Date;
}

/**
 * Outcomes of membership changes. `last_owner`: the change would leave the workspace
 * without an owner, and nobody could manage it again.
 */
export type MembershipChange =
  | { kind: 'changed'; member: WorkspaceMember }
  | { kind: 'removed' }
  | { kind: 'not_member' }
  | { kind: 'already_member' }
  | { kind: 'last_owner' };

const memberWorkspaceColumns = {
  id: workspaces.id,
  name: workspaces.name,
  personal: sql<boolean>`${workspaces.personalOf} is not null`,
  role: workspaceMembers.role,
  createdAt: workspaces.createdAt,
};

const memberColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: workspaceMembers.role,
  createdAt: workspaceMembers.createdAt,
};

/** Creates a shared workspace with its creator as owner. */
export async function createWorkspace(db: Db, input: { name: string; ownerId: string }): Promise<MemberWorkspace> {
  return db.transaction(async (tx) => {
    const [workspace] = await tx.insert(workspaces).values({ id: newWorkspaceId(), name: input.name }).returning();
    if (!workspace) throw new Error('insert into workspaces returned no row');
    await tx.insert(workspaceMembers).values({ workspaceId: workspace.id, userId: input.ownerId, role: 'owner' });
    return { id: workspace.id, name: workspace.name, personal: false, role: 'owner', createdAt: workspace.createdAt };
  });
}

/** The workspaces a user is a member of: their personal one first, then by name. */
export async function listUserWorkspaces(db: Db, userId: string): Promise<MemberWorkspace[]> {
  return db
    .select(memberWorkspaceColumns)
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(sql`${workspaces.personalOf} = ${userId} desc nulls last`, asc(workspaces.name), asc(workspaces.id));
}

// Sort keys as ascending tuples, so one row comparison continues after a cursor.
const personalRank = (userId: string) => sql<number>`(case when ${workspaces.personalOf} = ${userId} then 0 else 1 end)`;
const roleRank = sql<number>`(case ${workspaceMembers.role} when 'owner' then 0 when 'editor' then 1 else 2 end)`;
const workspaceCursor = createCursorCodec(z.strictObject({ rank: z.int().min(0).max(1), name: z.string().max(400), id: z.string().max(64) }));
const memberCursor = createCursorCodec(z.strictObject({ rank: z.int().min(0).max(2), name: z.string().max(400), id: z.string().max(64) }));
const RANK_OF_ROLE: Record<WorkspaceRole, number> = { owner: 0, editor: 1, viewer: 2 };

/** One page of `listUserWorkspaces`, in the same order. */
export async function pageUserWorkspaces(
  db: Db,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<KeysetPage<MemberWorkspace>> {
  const rank = personalRank(userId);
  const result = await keysetPage(
    workspaceCursor,
    page,
    (after, limit) =>
      db
        .select({ ...memberWorkspaceColumns, rank })
        .from(workspaceMembers)
        .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
        .where(
          and(
            eq(workspaceMembers.userId, userId),
            after ? sql`(${rank}, ${workspaces.name}, ${workspaces.id}) > (${after.rank}::int, ${after.name}::text, ${after.id}::text)` : undefined,
          ),
        )
        .orderBy(rank, asc(workspaces.name), asc(workspaces.id))
        .limit(limit),
    (row) => ({ rank: Number(row.rank), name: row.name, id: row.id }),
  );
  return result.kind === 'page' ? { ...result, rows: result.rows.map(({ rank: _rank, ...workspace }) => workspace) } : result;
}

/** One page of `listWorkspaceMembers`, in the same order. */
export async function pageWorkspaceMembers(
  db: Db,
  workspaceId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<KeysetPage<WorkspaceMember>> {
  return keysetPage(
    memberCursor,
    page,
    (after, limit) =>
      db
        .select(memberColumns)
        .from(workspaceMembers)
        .innerJoin(users, eq(users.id, workspaceMembers.userId))
        .where(
          and(
            eq(workspaceMembers.workspaceId, workspaceId),
            after ? sql`(${roleRank}, ${users.name}, ${users.id}) > (${after.rank}::int, ${after.name}::text, ${after.id}::text)` : undefined,
          ),
        )
        .orderBy(roleRank, asc(users.name), asc(users.id))
        .limit(limit),
    (row) => ({ rank: RANK_OF_ROLE[row.role], name: row.name, id: row.userId }),
  );
}

/** The workspace as this user sees it; undefined when they are not a member (or it does not exist). */
export async function findMemberWorkspace(db: Db, workspaceId: string, userId: string): Promise<MemberWorkspace | undefined> {
  const [row] = await db
    .select(memberWorkspaceColumns)
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
  return row;
}

/** The id of a user's personal workspace. */
export async function findPersonalWorkspaceId(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.personalOf, userId));
  return row?.id;
}

/** Members of a workspace: owners first, then by name. */
export async function listWorkspaceMembers(db: Db, workspaceId: string): Promise<WorkspaceMember[]> {
  return db
    .select(memberColumns)
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(sql`case ${workspaceMembers.role} when 'owner' then 0 when 'editor' then 1 else 2 end`, asc(users.name), asc(users.id));
}

/** Adds a user to a workspace with a role. */
export async function addWorkspaceMember(
  db: Db,
  input: { workspaceId: string; userId: string; role: WorkspaceRole },
): Promise<MembershipChange> {
  const inserted = await db.insert(workspaceMembers).values(input).onConflictDoNothing().returning({ userId: workspaceMembers.userId });
  if (inserted.length === 0) return { kind: 'already_member' };
  const member = await findMember(db, input.workspaceId, input.userId);
  if (!member) throw new Error('a member vanished right after being added');
  return { kind: 'changed', member };
}

/**
 * Changes a member's role. Demoting the last owner is refused. The workspace's member
 * rows are locked for the transaction, so two owners demoting each other at once
 * cannot both succeed.
 */
export async function changeWorkspaceRole(
  db: Db,
  input: { workspaceId: string; userId: string; role: WorkspaceRole },
): Promise<MembershipChange> {
  return db.transaction(async (tx) => {
    const members = await lockMembers(tx, input.workspaceId);
    const target = members.find((member) => member.userId === input.userId);
    if (!target) return { kind: 'not_member' } as const;
    if (target.role === 'owner' && input.role !== 'owner' && countOwners(members) === 1) return { kind: 'last_owner' } as const;
    await tx
      .update(workspaceMembers)
      .set({ role: input.role })
      .where(and(eq(workspaceMembers.workspaceId, input.workspaceId), eq(workspaceMembers.userId, input.userId)));
    const member = await findMember(tx, input.workspaceId, input.userId);
    if (!member) throw new Error('a member vanished inside its transaction');
    return { kind: 'changed', member } as const;
  });
}

/** Removes a member (or lets one leave). Removing the last owner is refused. */
export async function removeWorkspaceMember(db: Db, input: { workspaceId: string; userId: string }): Promise<MembershipChange> {
  return db.transaction(async (tx) => {
    const members = await lockMembers(tx, input.workspaceId);
    const target = members.find((member) => member.userId === input.userId);
    if (!target) return { kind: 'not_member' } as const;
    if (target.role === 'owner' && countOwners(members) === 1) return { kind: 'last_owner' } as const;
    await tx
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, input.workspaceId), eq(workspaceMembers.userId, input.userId)));
    return { kind: 'removed' } as const;
  });
}

type Executor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

async function lockMembers(tx: Executor, workspaceId: string) {
  return tx
    .select({ userId: workspaceMembers.userId, role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .for('update');
}

const countOwners = (members: { role: WorkspaceRole }[]) => members.filter((member) => member.role === 'owner').length;

async function findMember(db: Executor, workspaceId: string, userId: string): Promise<WorkspaceMember | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
  return row;
}
