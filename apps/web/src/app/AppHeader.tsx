import { useState } from 'react';
import { KeyRound, Layers, LogOut, Users } from 'lucide-react';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog.js';
import { currentWorkspace, signOut, switchWorkspace, useSession } from '../auth/session.js';
import { followLink, navigate } from './router.js';

/** The bar above every page but the canvas: brand, workspace switcher, account menu. */
export const AppHeader = () => {
  const session = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  if (session.status !== 'signed-in') return null;
  const workspace = currentWorkspace(session);
  return (
    <header className="app-header">
      <a className="brand" href="/" onClick={followLink}>
        <span className="brand__mark" aria-hidden />
        <span className="brand__name">Production Canvas</span>
      </a>
      <span className="app-header__divider" aria-hidden />
      <label className="workspace-switcher">
        <span className="visually-hidden">Workspace</span>
        <select
          className="input select"
          data-testid="workspace-switcher"
          value={session.currentWorkspaceId}
          onChange={(event) => {
            switchWorkspace(event.target.value);
            navigate('/');
          }}
        >
          {session.me.workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name} · {w.role}
            </option>
          ))}
        </select>
      </label>
      <nav className="app-header__nav">
        <a href="/batches" onClick={followLink} className="app-header__link" data-testid="nav-batches">
          <Layers size={14} aria-hidden /> Batches
        </a>
        <a href="/members" onClick={followLink} className="app-header__link">
          <Users size={14} aria-hidden /> Members
        </a>
        <a href="/settings/api-keys" onClick={followLink} className="app-header__link">
          <KeyRound size={14} aria-hidden /> API keys
        </a>
      </nav>
      <div className="app-header__spacer" />
      {workspace?.role === 'viewer' && <span className="badge" title="You can open graphs here but not change them">View only</span>}
      <details className="user-menu">
        <summary className="user-menu__button" data-testid="user-menu">
          <span className="user-menu__avatar" aria-hidden>
            {session.me.user.name.slice(0, 1).toUpperCase()}
          </span>
          <span className="user-menu__name">{session.me.user.name}</span>
        </summary>
        <div className="user-menu__panel">
          <div className="user-menu__who">
            <strong>{session.me.user.name}</strong>
            <span className="muted">{session.me.user.email}</span>
          </div>
          <button type="button" className="user-menu__item" onClick={() => setChangingPassword(true)}>
            <KeyRound size={14} aria-hidden /> Change password
          </button>
          <button type="button" className="user-menu__item" data-testid="sign-out" onClick={() => void signOut().then(() => navigate('/signin'))}>
            <LogOut size={14} aria-hidden /> Sign out
          </button>
        </div>
      </details>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </header>
  );
};
