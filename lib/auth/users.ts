// The people who may sign in: listed, added and removed by an administrator. Passwords
// are hashed by Better Auth (its admin plugin's createUser); with HOPSCOPE_AUTH=proxy the
// proxy decides who comes in and users appear on first sight (viewer.ts).
import { z } from 'zod';
import { tablesOf, transactionsOf, type Db } from '../db/client';
import { HttpError } from '../http/errors';
import { auth } from './auth';
import { authConfig, MIN_PASSWORD } from './config';
import { roleOf, type Role, type Viewer } from './roles';

export type UserInfo = {
  id: string;
  email: string;
  name: string;
  role: Role;
  banned: boolean;
  createdAt: string;
  /** How the user can sign in: "credential" (a password) and/or "oidc". */
  signIn: string[];
};

export const newUserSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(100).optional(),
  password: z.string().min(MIN_PASSWORD).max(128).optional(),
  role: z.enum(['admin', 'user']).default('user'),
});
export type NewUser = z.infer<typeof newUserSchema>;

/** The users `email` names (all without it), by address, with how each can sign in. */
async function usersWithSignIn(store: Db, email?: string): Promise<UserInfo[]> {
  const tables = tablesOf(store);
  let users = tables.selectFrom('user').select(['id', 'email', 'name', 'role', 'banned', 'createdAt']);
  if (email !== undefined) users = users.where('email', '=', email);
  const rows = await users.orderBy('email').execute();
  if (rows.length === 0) return [];
  const accounts = await tables
    .selectFrom('account')
    .select(['userId', 'providerId'])
    .where(
      'userId',
      'in',
      rows.map((u) => u.id),
    )
    .execute();
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: roleOf(u.role),
    banned: u.banned === true,
    createdAt: u.createdAt.toISOString(),
    signIn: accounts.filter((a) => a.userId === u.id).map((a) => a.providerId),
  }));
}

export async function listUsers(store: Db): Promise<UserInfo[]> {
  return usersWithSignIn(store);
}

export async function addUser(store: Db, input: NewUser): Promise<UserInfo> {
  const { mode } = authConfig();
  if (mode === 'proxy' || mode === 'none')
    throw new HttpError(409, `users are not added here with HOPSCOPE_AUTH=${mode}`);
  if (mode === 'local' && input.password === undefined)
    throw new HttpError(400, 'password: required (HOPSCOPE_AUTH=local has no other way to sign in)');
  const email = input.email.toLowerCase();
  const taken = await tablesOf(store).selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
  if (taken !== undefined) throw new HttpError(409, `${email} already has an account`);
  await auth().api.createUser({
    body: { email, password: input.password, name: input.name ?? email.split('@')[0], role: input.role },
  });
  const [added] = await usersWithSignIn(store, email);
  if (added === undefined) throw new Error(`${email}: created, then not found`);
  return added;
}

/** Removes a user with their sessions and tokens (the store cascades). */
export async function removeUser(store: Db, id: string, viewer: Viewer): Promise<{ removed: string }> {
  if (id === viewer.userId) throw new HttpError(409, 'you cannot remove yourself');
  const tables = tablesOf(store);
  const user = await tables.selectFrom('user').select(['email', 'role']).where('id', '=', id).executeTakeFirst();
  if (user === undefined) throw new HttpError(404, 'no such user');
  if (user.role === 'admin') {
    const admins = await tables
      .selectFrom('user')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    if (Number(admins.n) <= 1) throw new HttpError(409, 'the last administrator cannot be removed');
  }
  await transactionsOf(store)((trx) => trx.deleteFrom('user').where('id', '=', id).execute());
  return { removed: user.email };
}
