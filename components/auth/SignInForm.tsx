'use client';
// Sign-in: an e-mail and password, and, with OpenID Connect configured, the provider's button.
import { useState, type FormEvent } from 'react';
import { ActionError } from '../api-action';
import { authClient, safeNext } from './client';

const PROVIDER_ERRORS: Record<string, string> = {
  email_domain_not_allowed: 'Your e-mail domain may not sign in to this dashboard.',
  state_mismatch: 'The sign-in could not be verified (it expired or was tampered with). Please try again.',
  please_restart_the_process: 'The sign-in could not be verified (it expired or was tampered with). Please try again.',
};

export function SignInForm({
  next,
  oidcName,
  providerError,
}: {
  next: string | null;
  oidcName: string | null;
  providerError: string | null;
}) {
  const [error, setError] = useState<string | null>(
    providerError === null
      ? null
      : (PROVIDER_ERRORS[providerError] ?? `Sign-in through the provider failed (${providerError}).`),
  );
  const [busy, setBusy] = useState(false);
  const target = safeNext(next);

  async function withPassword(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const { error: failed } = await authClient.signIn.email({
      email: String(form.get('email')),
      password: String(form.get('password')),
    });
    setBusy(false);
    if (failed) {
      setError(
        failed.status === 429
          ? 'Too many attempts; wait a minute and try again.'
          : (failed.message ?? 'Sign-in failed.'),
      );
      return;
    }
    window.location.assign(target);
  }

  async function withProvider() {
    setBusy(true);
    const { error: failed } = await authClient.signIn.social({
      provider: 'oidc',
      callbackURL: target,
      errorCallbackURL: '/sign-in',
    });
    if (failed) {
      setBusy(false);
      setError(failed.message ?? 'The provider could not be reached.');
    }
  }

  return (
    <div className="panel signin">
      <ActionError error={error} />
      {oidcName !== null && (
        <p>
          <button type="button" onClick={withProvider} disabled={busy}>
            Sign in with {oidcName}
          </button>
        </p>
      )}
      <form onSubmit={withPassword}>
        <label>
          E-mail <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </div>
  );
}
