import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiProblem } from '../api/client.js';
import { showToast } from '../ui/toasts.js';
import { useModal } from '../ui/use-modal.js';

/** Changes the password; every other session of the account ends (the server says so too). */
export const ChangePasswordDialog = ({ open, onClose }: { open: boolean; onClose(): void }) => {
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useModal(ref, open);
  useEffect(() => setProblem(null), [open]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      await api.changePassword({ currentPassword: String(form.get('current')), newPassword: String(form.get('new')) });
      showToast({ tone: 'success', title: 'Password changed', detail: 'You were signed out everywhere else.' });
      onClose();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="password-dialog-title" onCancel={(event) => (event.preventDefault(), onClose())}>
      {open && (
        <form className="dialog__body" onSubmit={(event) => void submit(event)}>
          <h2 id="password-dialog-title" className="dialog__title">
            Change password
          </h2>
          <label className="field">
            <span>Current password</span>
            <input className="input" name="current" type="password" autoComplete="current-password" required autoFocus />
          </label>
          <label className="field">
            <span>New password</span>
            <input className="input" name="new" type="password" autoComplete="new-password" required minLength={10} maxLength={256} />
            <small className="muted">At least 10 characters. Other devices will be signed out.</small>
          </label>
          {problem && (
            <p className="field__error" role="alert">
              {problem.errors[0]?.message ?? problem.detail ?? problem.title}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              Change password
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
};
