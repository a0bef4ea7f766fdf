'use client';
// The people who may sign in: add (with a password, or for single sign-on only) and remove.
import type { FormEvent } from 'react';
import type { UserInfo } from '@/lib/auth/users';
import { ActionError, callApi, useApiAction } from '../api-action';
import { formatTime } from '../format';

export function UserManager({ users, canAdd }: { users: UserInfo[]; canAdd: boolean }) {
  const { error, run } = useApiAction();

  async function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const password = String(form.get('password') ?? '');
    const added = await run(() =>
      callApi('/api/users', 'POST', {
        email: form.get('email'),
        role: form.get('role'),
        ...(password ? { password } : {}),
      }),
    );
    if (added !== undefined) formEl.reset();
  }

  const remove = (id: string) => run(() => callApi(`/api/users/${encodeURIComponent(id)}`, 'DELETE'));

  return (
    <div>
      {canAdd && (
        <form className="inline" onSubmit={add} aria-label="new user">
          <label>
            E-mail <input name="email" type="email" required />
          </label>
          <label>
            Password (12+; empty: single sign-on only){' '}
            <input name="password" type="password" autoComplete="new-password" />
          </label>
          <label>
            Role
            <select name="role" defaultValue="user">
              <option value="user">user</option>
              <option value="admin">admin</option>
            </select>
          </label>
          <button type="submit">Add user</button>
        </form>
      )}
      <ActionError error={error} />
      <table className="data">
        <thead>
          <tr>
            <th>E-mail</th>
            <th>Role</th>
            <th>Signs in with</th>
            <th>Since</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>
                {u.signIn.length === 0
                  ? 'proxy'
                  : u.signIn.map((s) => (s === 'credential' ? 'password' : s)).join(', ')}
              </td>
              <td>{formatTime(u.createdAt)}</td>
              <td>
                <button type="button" onClick={() => remove(u.id)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
