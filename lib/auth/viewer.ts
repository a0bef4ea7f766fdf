// Who is asking: a signed-in session, an API token, the authenticating proxy's header, or,
// with HOPSCOPE_AUTH=none, anyone (the loopback quick start). proxy.ts resolves it once
// per request, before every page and API route, and hands it on in a header of its own, so
// the layout and the routes that act for a user (tokens, users, rules) do not look it up
// again (a session lookup is a few milliseconds).
import crypto from 'node:crypto';
import { db, tablesOf, transactionsOf } from '../db/client';
import { HttpError } from '../http/errors';
import { auth } from './auth';
import { authConfig } from './config';
import { roleOf, type Role, type Viewer } from './roles';
import { bearerOf, verifyToken } from './tokens';

const OPEN: Viewer = { userId: null, email: null, role: 'admin', via: 'open' };

async function fromToken(secret: string): Promise<Viewer | null> {
  const token = await verifyToken(db(), secret, 'api');
  if (token === null || token.userId === null) return null;
  const user = await tablesOf(db())
    .selectFrom('user')
    .select(['id', 'email', 'role', 'banned'])
    .where('id', '=', token.userId)
    .executeTakeFirst();
  if (user === undefined || user.banned === true) return null;
  return { userId: user.id, email: user.email, role: roleOf(user.role), via: 'token' };
}

/** proxy: the user the header names, recorded on first sight so tokens and rules can belong to them. */
async function fromProxy(address: string): Promise<Viewer | null> {
  const email = address.trim().toLowerCase();
  if (!email.includes('@')) return null;
  const store = db();
  const find = () =>
    tablesOf(store).selectFrom('user').select(['id', 'role', 'banned']).where('email', '=', email).executeTakeFirst();
  let user = await find();
  if (user === undefined) {
    const now = new Date();
    const role = authConfig().admin?.email === email ? 'admin' : 'user';
    const created = { id: crypto.randomUUID(), role, banned: false };
    // Two first requests at once: one creates, the other finds what it created.
    user = await transactionsOf(store)((trx) =>
      trx
        .insertInto('user')
        .values({ ...created, email, name: email.split('@')[0], emailVerified: true, createdAt: now, updatedAt: now })
        .execute(),
    ).then(
      () => created,
      async () => {
        const found = await find();
        if (found === undefined) throw new Error(`${email}: neither created nor found`);
        return found;
      },
    );
  }
  if (user.banned === true) return null;
  return { userId: user.id, email, role: roleOf(user.role), via: 'proxy' };
}

/** The request header proxy.ts sets to the viewer it resolved (and removes from what a client sends). */
export const VIEWER_HEADER = 'x-hopscope-viewer';

export function viewerHeader(viewer: Viewer): string {
  // Header values are bytes: an address may not be ASCII.
  return encodeURIComponent(JSON.stringify(viewer));
}

/** The viewer of a request, or null: what proxy.ts resolved, or, on the paths it leaves open (/sign-in), resolved here. */
export async function viewerOf(headers: Headers): Promise<Viewer | null> {
  const passed = headers.get(VIEWER_HEADER);
  return passed === null ? resolveViewer(headers) : (JSON.parse(decodeURIComponent(passed)) as Viewer);
}

/** Who a request's credentials name, or null when it must sign in (or its token is wrong). */
export async function resolveViewer(headers: Headers): Promise<Viewer | null> {
  const config = authConfig();
  if (config.mode === 'none') return OPEN;
  // A bearer token decides alone: a wrong one is refused even beside a session cookie.
  const secret = bearerOf(headers.get('authorization'));
  if (secret !== null) return fromToken(secret);
  if (config.mode === 'proxy') {
    const address = headers.get(config.proxyHeader);
    return address === null ? null : fromProxy(address);
  }
  const session = await auth().api.getSession({ headers });
  if (session === null) return null;
  return { userId: session.user.id, email: session.user.email, role: roleOf(session.user.role), via: 'session' };
}

/** The viewer, or a 401; with role 'admin', a 403 for anyone else. */
export async function requireViewer(request: Request, role?: Role): Promise<Viewer> {
  const viewer = await viewerOf(request.headers);
  if (viewer === null) throw new HttpError(401, 'sign-in required');
  if (role === 'admin' && viewer.role !== 'admin') throw new HttpError(403, 'only an administrator may do this');
  return viewer;
}
