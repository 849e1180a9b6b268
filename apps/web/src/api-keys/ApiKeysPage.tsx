import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Copy, KeyRound } from 'lucide-react';
import { api, ApiProblem } from '../api/client.js';
import type { ApiKey, ApiKeyScope, CreatedApiKey } from '../api/types.js';
import { AppHeader } from '../app/AppHeader.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { showToast } from '../ui/toasts.js';

const SCOPES: { scope: ApiKeyScope; label: string }[] = [
  { scope: 'read', label: 'read — list and download graphs' },
  { scope: 'write', label: 'write — create and change graphs' },
  { scope: 'run', label: 'run — start graph runs' },
];
const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
const problemText = (error: unknown) => (error instanceof ApiProblem ? (error.errors[0]?.message ?? error.detail ?? error.title) : String(error));

/** API keys for scripts: created with scopes and an optional expiry, shown once, revoked at will. */
export const ApiKeysPage = () => {
  const [keys, setKeys] = useState<ApiKey[] | null>(null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  // The key asked about, and its row's place: after a revoke the focus goes to the row now there.
  const [doomed, setDoomed] = useState<{ key: ApiKey; index: number } | null>(null);
  const [revoking, setRevoking] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const rowsRef = useRef<HTMLTableSectionElement>(null);

  // A new key's secret is the one thing to act on: the focus goes to its Copy button (it had
  // stayed on Create, and a screen reader heard nothing of the key above the form).
  useEffect(() => {
    if (created) copyRef.current?.focus();
  }, [created]);

  const load = useCallback(async () => {
    try {
      setKeys((await api.listApiKeys()).apiKeys);
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not load your API keys', detail: problemText(error) });
    }
  }, []);

  useEffect(() => {
    document.title = 'API keys · Production Canvas';
    void load();
  }, [load]);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const scopes = form.getAll('scopes') as ApiKeyScope[];
    const expires = String(form.get('expiresAt') ?? '');
    try {
      const key = await api.createApiKey({
        name: String(form.get('name')),
        scopes,
        ...(expires ? { expiresAt: new Date(`${expires}T23:59:59`).toISOString() } : {}),
      });
      setCreated(key);
      formElement.reset();
      await load();
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not create the key', detail: problemText(error) });
    }
  };

  const revoke = async (key: ApiKey) => {
    setRevoking(true);
    try {
      await api.revokeApiKey(key.id);
      if (created?.id === key.id) setCreated(null);
      await load();
      showToast({ tone: 'success', title: `“${key.name}” revoked` });
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not revoke the key', detail: problemText(error) });
    } finally {
      setRevoking(false);
      setDoomed(null);
    }
  };

  /** The revoked key's row is gone: the Revoke of the row now in its place (or the last), else the name field to make another. */
  const focusAfterRevoke = () => {
    const buttons = [...(rowsRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    return buttons[Math.min(doomed?.index ?? 0, buttons.length - 1)] ?? nameRef.current;
  };

  const copy = (key: CreatedApiKey) =>
    void navigator.clipboard?.writeText(key.key).then(
      () => showToast({ tone: 'success', title: 'Key copied' }),
      () => showToast({ tone: 'error', title: 'Could not copy the key', detail: 'Select it and copy it by hand.' }),
    );

  return (
    <div className="list-page">
      <AppHeader />
      <main className="list-page__main">
        <div className="list-page__heading">
          <div>
            <h1>API keys</h1>
            <p className="muted">
              For scripts: send a key as <code>Authorization: Bearer pc_…</code>. It acts as you, within its scopes and your roles.
            </p>
          </div>
        </div>

        {/* Always on the page, so the words put in it are read out; the secret itself is not. */}
        <p className="visually-hidden" aria-live="polite" data-testid="created-key-announcement">
          {created ? `API key “${created.name}” created. Copy it now: you will not see it again.` : ''}
        </p>
        {created && (
          <div className="key-reveal" data-testid="created-key">
            <strong id="created-key-notice">Copy “{created.name}” now: you will not see this key again.</strong>
            <span className="muted">Only its first characters are kept here, to tell it apart. Lost it? Revoke it and create another.</span>
            <div className="key-reveal__row">
              <code className="key-reveal__key" data-testid="created-key-secret">
                {created.key}
              </code>
              <button ref={copyRef} type="button" className="button button--ghost button--small" aria-describedby="created-key-notice" onClick={() => copy(created)}>
                <Copy size={14} aria-hidden /> Copy key
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => {
                  setCreated(null);
                  nameRef.current?.focus();
                }}
              >
                Done
              </button>
            </div>
          </div>
        )}

        <form className="inline-form inline-form--wrap" onSubmit={(event) => void create(event)} data-testid="api-key-form">
          <input ref={nameRef} className="input" name="name" placeholder="Key name, e.g. Nightly storyboard batch" aria-label="Key name" required maxLength={100} />
          <fieldset className="scope-set">
            <legend className="visually-hidden">Scopes</legend>
            {SCOPES.map(({ scope, label }) => (
              <label key={scope} className="scope-set__option" title={label}>
                <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === 'read'} /> {scope}
              </label>
            ))}
          </fieldset>
          <label className="inline-form__label">
            <span className="muted">Expires</span>
            <input className="input" type="date" name="expiresAt" aria-label="Expires on (optional)" />
          </label>
          <button type="submit" className="button button--primary">
            <KeyRound size={15} aria-hidden /> Create key
          </button>
        </form>

        {/* Its own sideways scroll on a phone: seven columns do not fit 390 px, and the page
            clipped Expires and Revoke instead. */}
        <div className="key-table-scroll" data-testid="api-key-table">
          <table className="key-table" aria-label="API keys">
            <thead>
              <tr>
                <th>Name</th>
                <th>Key</th>
                <th>Scopes</th>
                <th>Created</th>
                <th>Last used</th>
                <th>Expires</th>
                <th />
              </tr>
            </thead>
            <tbody ref={rowsRef}>
              {keys?.map((key, index) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.prefix}…</code>
                  </td>
                  <td>{key.scopes.join(', ')}</td>
                  <td>{date(key.createdAt)}</td>
                  <td>{key.lastUsedAt ? date(key.lastUsedAt) : 'never'}</td>
                  <td>{key.expiresAt ? date(key.expiresAt) : 'never'}</td>
                  <td>
                    <button type="button" className="button button--ghost button--small" onClick={() => setDoomed({ key, index })}>
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
              {keys?.length === 0 && (
                <tr>
                  <td colSpan={7} className="muted">
                    No keys yet.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </main>

      <ConfirmDialog
        open={doomed !== null}
        title={`Revoke “${doomed?.key.name ?? ''}”?`}
        confirmLabel="Revoke key"
        tone="danger"
        busy={revoking}
        onConfirm={() => doomed && void revoke(doomed.key)}
        onCancel={() => setDoomed(null)}
        fallbackFocus={focusAfterRevoke}
      >
        <p>Scripts that use it stop working at once. This cannot be undone: a script needs a new key.</p>
      </ConfirmDialog>
    </div>
  );
};
