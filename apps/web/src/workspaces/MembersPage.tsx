import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Copy, UserPlus } from 'lucide-react';
import { api, ApiProblem } from '../api/client.js';
import type { WorkspaceMember, WorkspaceRole } from '../api/types.js';
import { AppHeader } from '../app/AppHeader.js';
import { navigate } from '../app/router.js';
import { currentWorkspace, refreshSession, useSession } from '../auth/session.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { showToast } from '../ui/toasts.js';

const ROLES: WorkspaceRole[] = ['viewer', 'editor', 'owner'];
const problemText = (error: unknown) => (error instanceof ApiProblem ? (error.errors[0]?.message ?? error.detail ?? error.title) : String(error));

/**
 * An invitation to an address with no account: a dead end as a toast ("No account uses this
 * email") that said neither what to do nor where. Members are people with an account, so the
 * owner sends them the sign-up link and invites them once they have signed up.
 */
const SignUpFirst = ({ email, onDone }: { email: string; onDone(): void }) => {
  const link = `${window.location.origin}/signup`;
  return (
    <div className="key-reveal invite-notice" role="alert" data-testid="invite-sign-up-first">
      <strong>{email} has no account here yet.</strong>
      <span>Send them this link to sign up, then invite them again with the email they sign up with.</span>
      <div className="key-reveal__row">
        <code className="key-reveal__key" data-testid="invite-sign-up-link">
          {link}
        </code>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(link)
              .then(
                () => showToast({ tone: 'success', title: 'Sign-up link copied' }),
                () => showToast({ tone: 'error', title: 'Could not copy the link', detail: 'Select it and copy it by hand.' }),
              )
          }
        >
          <Copy size={14} aria-hidden /> Copy link
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
};

/** Members of the current workspace: owners invite, change roles and remove; anyone may leave. */
export const MembersPage = () => {
  const session = useSession();
  const workspace = currentWorkspace(session);
  const me = session.status === 'signed-in' ? session.me.user : undefined;
  const [members, setMembers] = useState<WorkspaceMember[] | null>(null);
  // The address just invited that has no account yet: they sign up first (there are no pending invitations).
  const [noAccount, setNoAccount] = useState<string | null>(null);
  // The member asked about, and their row's place: after a removal the focus goes to the row now there.
  const [doomed, setDoomed] = useState<{ member: WorkspaceMember; index: number } | null>(null);
  const [removing, setRemoving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const isOwner = workspace?.role === 'owner';
  const ownerCount = members?.filter((member) => member.role === 'owner').length ?? 0;

  const load = useCallback(async () => {
    if (!workspace) return;
    try {
      setMembers((await api.listMembers(workspace.id)).members);
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not load the members', detail: problemText(error) });
    }
  }, [workspace]);

  useEffect(() => {
    document.title = 'Members · Production Canvas';
    void load();
  }, [load]);

  const invite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!workspace) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get('email'));
    const role = form.get('role') as WorkspaceRole;
    setNoAccount(null);
    try {
      const member = await api.addMember(workspace.id, { email, role });
      formElement.reset();
      showToast({ tone: 'success', title: `${member.name} joined as ${role}`, detail: `They find “${workspace.name}” under their graph list.` });
      await load();
    } catch (error) {
      if (error instanceof ApiProblem && error.errors.some((item) => item.code === 'unknown_user')) setNoAccount(email);
      else showToast({ tone: 'error', title: 'Could not invite', detail: problemText(error) });
    }
  };

  const changeRole = async (member: WorkspaceMember, role: WorkspaceRole) => {
    if (!workspace) return;
    try {
      await api.changeMemberRole(workspace.id, member.userId, role);
      await load();
      if (member.userId === me?.id) await refreshSession();
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not change the role', detail: problemText(error) });
    }
  };

  const remove = async (member: WorkspaceMember) => {
    if (!workspace) return;
    const leaving = member.userId === me?.id;
    setRemoving(true);
    try {
      await api.removeMember(workspace.id, member.userId);
      if (leaving) {
        await refreshSession();
        navigate('/');
      } else {
        await load();
        showToast({ tone: 'success', title: `${member.name} removed from “${workspace.name}”` });
      }
    } catch (error) {
      showToast({ tone: 'error', title: leaving ? 'Could not leave' : 'Could not remove', detail: problemText(error) });
    } finally {
      setRemoving(false);
      setDoomed(null);
    }
  };

  /** The removed member's row is gone: a control of the row now in its place (or the last), else the heading. */
  const focusAfterRemoval = () => {
    const rows = [...(listRef.current?.children ?? [])];
    const row = rows[Math.min(doomed?.index ?? 0, rows.length - 1)];
    return row?.querySelector<HTMLElement>('button:enabled') ?? row?.querySelector<HTMLElement>('select:enabled') ?? headingRef.current;
  };

  const leaving = doomed?.member.userId === me?.id;

  return (
    <div className="list-page">
      <AppHeader />
      <main className="list-page__main">
        <div className="list-page__heading">
          <div>
            <h1 ref={headingRef} tabIndex={-1}>
              Members
            </h1>
            <p className="muted">Who can see “{workspace?.name}”. Viewers open graphs; editors change them; owners also manage members.</p>
          </div>
        </div>
        {isOwner && (
          <form className="inline-form" onSubmit={(event) => void invite(event)} data-testid="invite-form">
            <input className="input" name="email" type="email" placeholder="Email of someone with an account" aria-label="Email" required />
            <select className="input select" name="role" aria-label="Role" defaultValue="viewer">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--primary">
              <UserPlus size={15} aria-hidden /> Invite
            </button>
          </form>
        )}
        {isOwner && noAccount && <SignUpFirst email={noAccount} onDone={() => setNoAccount(null)} />}
        <ul ref={listRef} className="graph-list" aria-label="Members" data-testid="member-list">
          {members?.map((member, index) => {
            const lastOwner = member.role === 'owner' && ownerCount === 1;
            const isMe = member.userId === me?.id;
            return (
              <li key={member.userId} className="graph-row member-row">
                <div className="graph-row__main">
                  <span className="graph-row__name">
                    {member.name}
                    {isMe && <span className="muted"> (you)</span>}
                  </span>
                  <span className="graph-row__meta">{member.email}</span>
                </div>
                {isOwner ? (
                  <select
                    className="input select"
                    aria-label={`Role of ${member.name}`}
                    value={member.role}
                    disabled={lastOwner}
                    title={lastOwner ? 'The only owner cannot step down: make someone else an owner first.' : undefined}
                    onChange={(event) => void changeRole(member, event.target.value as WorkspaceRole)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="badge">{member.role}</span>
                )}
                {(isOwner || isMe) && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={lastOwner}
                    title={lastOwner ? 'The only owner cannot leave: make someone else an owner first.' : undefined}
                    onClick={() => setDoomed({ member, index })}
                  >
                    {isMe ? 'Leave' : 'Remove'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        {isOwner && ownerCount === 1 && <p className="muted list-page__note">You are the only owner, so you cannot leave or step down until you make someone else an owner.</p>}
      </main>

      <ConfirmDialog
        open={doomed !== null}
        title={leaving ? `Leave “${workspace?.name ?? ''}”?` : `Remove ${doomed?.member.name ?? ''} from “${workspace?.name ?? ''}”?`}
        confirmLabel={leaving ? 'Leave workspace' : `Remove ${doomed?.member.name ?? ''}`}
        tone="danger"
        busy={removing}
        onConfirm={() => doomed && void remove(doomed.member)}
        onCancel={() => setDoomed(null)}
        fallbackFocus={focusAfterRemoval}
      >
        <p>
          {leaving
            ? 'You lose access to its graphs at once. An owner can invite you again.'
            : `${doomed?.member.name ?? ''} loses access to its graphs at once: a canvas they have open turns read-only. You can invite them again.`}
        </p>
      </ConfirmDialog>
    </div>
  );
};
