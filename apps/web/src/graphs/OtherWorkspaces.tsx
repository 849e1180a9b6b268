import { ArrowRight } from 'lucide-react';
import type { Workspace } from '../api/types.js';
import { switchWorkspace } from '../auth/session.js';

/**
 * Under an empty graph list: the other workspaces this person is in, one click away. Someone
 * invited to a colleague's workspace signs in to their own empty one, and the shared graph
 * was only to be found in the header's workspace menu.
 */
export const OtherWorkspaces = ({ workspaces, currentId }: { workspaces: readonly Workspace[]; currentId: string | undefined }) => {
  const others = workspaces.filter((workspace) => workspace.id !== currentId);
  if (others.length === 0) return null;
  return (
    <div className="list-state__others" data-testid="other-workspaces">
      <span className="muted">You are also in</span>
      {others.map((workspace) => (
        <button key={workspace.id} type="button" className="button button--ghost button--small" onClick={() => switchWorkspace(workspace.id)}>
          {workspace.name} · {workspace.role} <ArrowRight size={13} aria-hidden />
        </button>
      ))}
    </div>
  );
};
