// Who a request acts as, once resolved (viewer.ts resolves it; tokens.ts and users.ts act
// for it): a user or nobody, a role, and how it was recognised.

export type Role = 'admin' | 'user';

export type Viewer = {
  /** null only with HOPSCOPE_AUTH=none, where nobody signs in. */
  userId: string | null;
  email: string | null;
  role: Role;
  via: 'open' | 'session' | 'token' | 'proxy';
};

/** A stored role (Better Auth's admin plugin keeps a string, possibly null) as Hopscope's. */
export function roleOf(stored: string | null | undefined): Role {
  return stored === 'admin' ? 'admin' : 'user';
}
