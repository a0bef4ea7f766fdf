'use client';
// A list of tokens of one kind with "create" (the secret shown once) and "revoke".
import { useState, type FormEvent } from 'react';
import type { TokenInfo } from '@/lib/auth/tokens';
import { ActionError, callApi, useApiAction } from '../api-action';
import { formatTime } from '../format';

export function TokenManager({ kind, tokens }: { kind: 'api' | 'ingest'; tokens: TokenInfo[] }) {
  const [secret, setSecret] = useState<string | null>(null);
  const { error, run } = useApiAction();

  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const service = String(form.get('service') ?? '').trim();
    const made = await run(() =>
      callApi<{ secret: string }>('/api/tokens', 'POST', {
        kind,
        name: form.get('name'),
        ...(service ? { service } : {}),
      }),
    );
    if (made !== undefined) setSecret(made.secret);
  }

  const revoke = (id: string) => run(() => callApi(`/api/tokens/${encodeURIComponent(id)}`, 'DELETE'));

  return (
    <div>
      <form className="inline" onSubmit={create} aria-label={`new ${kind} token`}>
        <label>
          Name <input name="name" required maxLength={100} />
        </label>
        {kind === 'ingest' && (
          <label>
            Service (empty: any) <input name="service" maxLength={200} />
          </label>
        )}
        <button type="submit">Create token</button>
      </form>
      <ActionError error={error} />
      {secret !== null && (
        <p className="secret" data-testid="new-secret">
          Copy it now, it is not shown again: <code>{secret}</code>
        </p>
      )}
      <table className="data">
        <thead>
          <tr>
            <th>Name</th>
            {kind === 'ingest' && <th>Service</th>}
            <th>Ends in</th>
            <th>Created</th>
            <th>Last used</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              {kind === 'ingest' && <td>{t.service ?? 'any'}</td>}
              <td>
                <code>…{t.hint}</code>
              </td>
              <td>{formatTime(t.createdAt)}</td>
              <td>{t.lastUsedAt === null ? 'never' : formatTime(t.lastUsedAt)}</td>
              <td>
                <button type="button" onClick={() => revoke(t.id)}>
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tokens.length === 0 && <p className="muted">None yet.</p>}
    </div>
  );
}
