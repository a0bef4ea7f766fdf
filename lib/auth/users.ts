// The people who may sign in: listed, added and removed by an administrator. Passwords
// are hashed by Better Auth (its admin plugin's createUser); with HOPSCOPE_AUTH=proxy the
// proxy decides who comes in and users appear on first sight (viewer.ts).
import { z } from 'zod';
import type { Db } from '../db/client';
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

const WITH_SIGN_IN = { accounts: { select: { providerId: true } } } as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string | null;
  banned: boolean | null;
  createdAt: Date;
  accounts: { providerId: string }[];
};

function userInfo(u: UserRow): UserInfo {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: roleOf(u.role),
    banned: u.banned === true,
    createdAt: u.createdAt.toISOString(),
    signIn: u.accounts.map((a) => a.providerId),
  };
}

export async function listUsers(store: Db): Promise<UserInfo[]> {
  return (await store.user.findMany({ orderBy: { email: 'asc' }, include: WITH_SIGN_IN })).map(userInfo);
}

export async function addUser(store: Db, input: NewUser): Promise<UserInfo> {
  const { mode } = authConfig();
  if (mode === 'proxy' || mode === 'none')
    throw new HttpError(409, `users are not added here with HOPSCOPE_AUTH=${mode}`);
  if (mode === 'local' && input.password === undefined)
    throw new HttpError(400, 'password: required (HOPSCOPE_AUTH=local has no other way to sign in)');
  const email = input.email.toLowerCase();
  if ((await store.user.findUnique({ where: { email } })) !== null)
    throw new HttpError(409, `${email} already has an account`);
  await auth().api.createUser({
    body: { email, password: input.password, name: input.name ?? email.split('@')[0], role: input.role },
  });
  return userInfo(await store.user.findUniqueOrThrow({ where: { email }, include: WITH_SIGN_IN }));
}

/** Removes a user with their sessions and tokens (the store cascades). */
export async function removeUser(store: Db, id: string, viewer: Viewer): Promise<{ removed: string }> {
  if (id === viewer.userId) throw new HttpError(409, 'you cannot remove yourself');
  const user = await store.user.findUnique({ where: { id } });
  if (user === null) throw new HttpError(404, 'no such user');
  if (user.role === 'admin' && (await store.user.count({ where: { role: 'admin' } })) <= 1) {
    throw new HttpError(409, 'the last administrator cannot be removed');
  }
  await store.user.delete({ where: { id } });
  return { removed: user.email };
}
