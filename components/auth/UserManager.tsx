'use client';
// The people who may sign in: add (with a password, or for single sign-on only) and remove.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { UserInfo } from '@/lib/auth/users';
import { callApi } from './api';

export function UserManager({ users, canAdd }: { users: UserInfo[]; canAdd: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const password = String(form.get('password') ?? '');
    try {
      await callApi('/api/users', 'POST', { email: form.get('email'), role: form.get('role'), ...(password ? { password } : {}) });
      setError(null);
      formEl.reset();
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function remove(id: string) {
    try {
      await callApi(`/api/users/${encodeURIComponent(id)}`, 'DELETE');
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div>
      {canAdd && (
        <form className="inline" onSubmit={add} aria-label="new user">
          <label>
            E-mail <input name="email" type="email" required />
          </label>
          <label>
            Password (12+; empty: single sign-on only) <input name="password" type="password" autoComplete="new-password" />
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
      {error !== null && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
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
              <td>{u.signIn.length === 0 ? 'proxy' : u.signIn.map((s) => (s === 'credential' ? 'password' : s)).join(', ')}</td>
              <td>{u.createdAt.slice(0, 10)}</td>
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
