import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiProblem } from '../api/client.js';
import { followLink, navigate, nextPathFrom } from '../app/router.js';
import { refreshSession } from './session.js';

/** Sign-in and sign-up: one form, two modes. After either, back to where the person was going. */
export const AuthPage = ({ mode }: { mode: 'sign-in' | 'sign-up' }) => {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const signingUp = mode === 'sign-up';
  const next = nextPathFrom(window.location.search);
  const otherHref = `${signingUp ? '/signin' : '/signup'}${window.location.search}`;
  // A new install has nobody to sign in as: open on creating the first account (its owner).
  const [firstAccount, setFirstAccount] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    api
      .getInstance(controller.signal)
      .then(({ hasOwner }) => {
        if (hasOwner) return;
        if (signingUp) setFirstAccount(true);
        else navigate(`/signup${window.location.search}`, { replace: true });
      })
      // Unknown is fine: the form works either way.
      .catch(() => undefined);
    return () => controller.abort();
  }, [signingUp]);

  useEffect(() => {
    document.title = `${signingUp ? 'Create your account' : 'Sign in'} · Production Canvas`;
    setProblem(null);
  }, [signingUp]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    setBusy(true);
    setProblem(null);
    try {
      if (signingUp) await api.signUp({ email, password, name: String(form.get('name') ?? '') });
      else await api.signIn({ email, password });
      await refreshSession();
      navigate(next, { replace: true });
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : null);
      setBusy(false);
    }
  };

  const fieldError = (path: string) => problem?.errors.find((error) => error.path === path)?.message;

  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={(event) => void submit(event)} noValidate={false} data-testid={`${mode}-form`}>
        <div className="brand">
          <span className="brand__mark" aria-hidden />
          <span className="brand__name">Production Canvas</span>
        </div>
        <h1>{signingUp ? (firstAccount ? 'Create the first account' : 'Create your account') : 'Sign in'}</h1>
        {firstAccount && (
          <p className="muted" data-testid="first-account-note">
            This install is new: the account you create now becomes its owner.
          </p>
        )}
        {signingUp && (
          <label className="field">
            <span>Name</span>
            <input className="input" name="name" autoComplete="name" required maxLength={100} autoFocus />
            {fieldError('name') && <small className="field__error">{fieldError('name')}</small>}
          </label>
        )}
        <label className="field">
          <span>Email</span>
          <input className="input" name="email" type="email" autoComplete="email" required autoFocus={!signingUp} />
          {fieldError('email') && <small className="field__error">{fieldError('email')}</small>}
        </label>
        <label className="field">
          <span>Password</span>
          <input
            className="input"
            name="password"
            type="password"
            autoComplete={signingUp ? 'new-password' : 'current-password'}
            required
            minLength={signingUp ? 10 : 1}
            maxLength={256}
          />
          {signingUp && <small className="muted">At least 10 characters.</small>}
          {fieldError('password') && <small className="field__error">{fieldError('password')}</small>}
        </label>
        {problem && problem.errors.length === 0 && (
          <p className="auth-card__problem" role="alert">
            {problem.code === 'rate_limited' ? `Too many attempts. ${problem.detail ?? ''}` : (problem.detail ?? problem.title)}
          </p>
        )}
        <button type="submit" className="button button--primary auth-card__submit" disabled={busy}>
          {busy ? 'One moment…' : signingUp ? 'Create account' : 'Sign in'}
        </button>
        <p className="muted auth-card__switch">
          {signingUp ? 'Have an account? ' : 'New here? '}
          <a href={otherHref} onClick={followLink}>
            {signingUp ? 'Sign in' : 'Create an account'}
          </a>
        </p>
      </form>
    </main>
  );
};
