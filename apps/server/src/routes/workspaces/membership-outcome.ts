import type { MembershipChange, WorkspaceMember } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import { ApiError, notFound } from '../../errors/api-error.js';

/** The member after a change, or the ApiError that explains why nothing changed. */
export function changedMemberOrThrow(result: MembershipChange, userId: string): WorkspaceMember | undefined {
  switch (result.kind) {
    case 'changed':
      return result.member;
    case 'removed':
      return undefined;
    case 'not_member':
      throw notFound(`Member ${userId}`);
    case 'already_member':
      throw new ApiError('already_member', { detail: 'This person is a member already; change their role instead.' });
    case 'last_owner':
      throw new ApiError('last_owner', {
        detail: 'This is the workspace’s only owner. Make someone else an owner first.',
      });
    default:
      return assertNever(result);
  }
}
